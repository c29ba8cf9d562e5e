#include "fund_allocate_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

FundAllocateDialog::FundAllocateDialog(const BudgetRow& fund, const BudgetRow* parentFund,
                                       Submit submit, QWidget* parent)
    : QDialog(parent),
      fund_(fund),
      parentFund_(parentFund != nullptr ? std::optional<BudgetRow>(*parentFund) : std::nullopt),
      submit_(std::move(submit)),
      amount_(new QLineEdit(this)),
      reason_(new QLineEdit(this)),
      preview_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("fundAllocateDialog"));
    setWindowTitle(tr("Allocate to %1").arg(qs(fund.fund.name)));
    amount_->setObjectName(QStringLiteral("allocateAmount"));
    reason_->setObjectName(QStringLiteral("allocateReason"));
    preview_->setObjectName(QStringLiteral("allocatePreview"));
    amount_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount_->setPlaceholderText(formatMinorUnits(0));
    reason_->setPlaceholderText(tr("Optional"));
    reason_->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    preview_->setWordWrap(true);
    preview_->setTextFormat(Qt::RichText);

    auto* source = new QLabel(this);
    source->setWordWrap(true);
    source->setText(!parentFund_
                        ? tr("“%1” is a root fund: the allocation brings new budget in.")
                              .arg(qs(fund.fund.name))
                        : tr("The allocation is carved out of “%1”, which has %2 available.")
                              .arg(qs(parentFund_->fund.name),
                                   formatMinorUnits(parentFund_->figures.available())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount:"), amount_);
    form->addRow(tr("&Reason:"), reason_);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Allocate"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addLayout(form);
    layout->addWidget(preview_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &FundAllocateDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(amount_, &QLineEdit::textChanged, this, &FundAllocateDialog::update);
    update();
}

void FundAllocateDialog::update() {
    QString error;
    const bool empty = amount_->text().trimmed().isEmpty();
    const std::optional<qint64> cents =
        empty ? std::nullopt : parseMinorUnits(amount_->text(), &error);
    const bool valid = cents && *cents > 0;
    if (!empty && !cents) {
        preview_->setText(QStringLiteral("<span style=\"color:#b3261e\">%1</span>")
                              .arg(tr("Amount: %1").arg(error).toHtmlEscaped()));
    } else if (cents && *cents <= 0) {
        preview_->setText(QStringLiteral("<span style=\"color:#b3261e\">%1</span>")
                              .arg(tr("The amount must be above zero.").toHtmlEscaped()));
    } else if (valid) {
        QString text = tr("“%1” will have %2 available.")
                           .arg(qs(fund_.fund.name).toHtmlEscaped(),
                                formatMinorUnits(fund_.figures.available() + *cents));
        if (parentFund_) {
            const qint64 left = parentFund_->figures.available() - *cents;
            const QString amount = formatMinorUnits(left);
            text +=
                QStringLiteral("<br>") +
                tr("“%1” will have %2 available.")
                    .arg(qs(parentFund_->fund.name).toHtmlEscaped(),
                         left < 0
                             ? QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(amount)
                             : amount);
        }
        preview_->setText(text);
    } else {
        preview_->clear();
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void FundAllocateDialog::accept() {
    if (submit_ &&
        submit_(parseMinorUnits(amount_->text()).value_or(0), reason_->text().trimmed())) {
        QDialog::accept();
    }
}

}  // namespace uplift::app
