#include "fund_transfer_dialog.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include "fund_level.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

constexpr const char* kOverrideRight = "funds.override";

QString previewLine(const BudgetRow& fund, std::optional<qint64> after) {
    const qint64 before = fund.figures.available();
    const QString now = formatMinorUnits(before);
    QString name = qs(fund.fund.name).toHtmlEscaped();
    if (const QColor color = fundLevelTextColor(fundLevel(fund)); color.isValid()) {
        name = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), name);
    }
    if (!after) {
        return FundTransferDialog::tr("%1: %2 available").arg(name, now);
    }
    QString then = formatMinorUnits(*after);
    if (*after < 0) {
        then = QStringLiteral("<span style=\"color:#b3261e\"><b>%1</b></span>").arg(then);
    } else {
        then = QStringLiteral("<b>%1</b>").arg(then);
    }
    return FundTransferDialog::tr("%1: %2 available → %3").arg(name, now, then);
}

}  // namespace

FundTransferDialog::FundTransferDialog(const std::vector<BudgetRow>& funds, qint64 fromFund,
                                       bool mayOverride, Submit submit, QWidget* parent)
    : QDialog(parent),
      funds_(funds),
      submit_(std::move(submit)),
      from_(new QComboBox(this)),
      to_(new QComboBox(this)),
      amount_(new QLineEdit(this)),
      reason_(new QLineEdit(this)),
      override_(new QCheckBox(tr("&Override the overspend guard"), this)),
      overrideReason_(new QLineEdit(this)),
      fromPreview_(new QLabel(this)),
      toPreview_(new QLabel(this)),
      problem_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("fundTransferDialog"));
    setWindowTitle(tr("Transfer between funds"));
    from_->setObjectName(QStringLiteral("transferFrom"));
    to_->setObjectName(QStringLiteral("transferTo"));
    amount_->setObjectName(QStringLiteral("transferAmount"));
    reason_->setObjectName(QStringLiteral("transferReason"));
    override_->setObjectName(QStringLiteral("transferOverride"));
    overrideReason_->setObjectName(QStringLiteral("transferOverrideReason"));
    fromPreview_->setObjectName(QStringLiteral("transferFromPreview"));
    toPreview_->setObjectName(QStringLiteral("transferToPreview"));
    problem_->setObjectName(QStringLiteral("transferProblem"));

    int toIndex = -1;
    for (const BudgetRow& r : funds_) {
        const QColor color = fundLevelTextColor(fundLevel(r));
        for (QComboBox* c : {from_, to_}) {
            c->addItem(qs(r.fund.name), QVariant::fromValue<qint64>(r.fund.id));
            if (color.isValid()) {
                c->setItemData(c->count() - 1, QBrush(color), Qt::ForegroundRole);
            }
        }
        // The parent is the usual counterpart of a fund; else the first other fund.
        if (toIndex < 0 && r.fund.id != fromFund) {
            toIndex = to_->count() - 1;
        }
    }
    from_->setCurrentIndex(std::max(0, from_->findData(QVariant::fromValue<qint64>(fromFund))));
    for (const BudgetRow& r : funds_) {
        if (r.fund.id == fromFund && r.fund.parent_id) {
            toIndex = to_->findData(QVariant::fromValue<qint64>(*r.fund.parent_id));
        }
    }
    to_->setCurrentIndex(std::max(0, toIndex));
    amount_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount_->setPlaceholderText(formatMinorUnits(0));
    reason_->setPlaceholderText(tr("Required"));
    reason_->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    overrideReason_->setPlaceholderText(tr("Why the fund may go below zero"));
    overrideReason_->setEnabled(false);
    if (!mayOverride) {
        override_->setEnabled(false);
        override_->setToolTip(
            tr("Overriding an overspend needs the right “%1”.").arg(QLatin1String(kOverrideRight)));
        overrideReason_->setVisible(false);
    } else {
        override_->setToolTip(tr("Let the source fund go below zero; the reason is logged."));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), from_);
    form->addRow(tr("&To:"), to_);
    form->addRow(tr("&Amount:"), amount_);
    form->addRow(tr("&Reason:"), reason_);
    form->addRow(QString(), override_);
    if (mayOverride) {
        form->addRow(tr("Override &reason:"), overrideReason_);
    }

    auto* preview = new QGroupBox(tr("After the transfer"), this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(fromPreview_);
    previewLayout->addWidget(toPreview_);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    previewLayout->addWidget(problem_);

    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(preview);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &FundTransferDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(override_, &QCheckBox::toggled, overrideReason_, &QWidget::setEnabled);
    for (QComboBox* c : {from_, to_}) {
        connect(c, &QComboBox::currentIndexChanged, this, &FundTransferDialog::update);
    }
    for (QLineEdit* e : {amount_, reason_, overrideReason_}) {
        connect(e, &QLineEdit::textChanged, this, &FundTransferDialog::update);
    }
    connect(override_, &QCheckBox::toggled, this, &FundTransferDialog::update);
    amount_->setFocus();
    update();
}

const BudgetRow* FundTransferDialog::fund(const QComboBox* combo) const {
    const qint64 id = combo->currentData().toLongLong();
    for (const BudgetRow& r : funds_) {
        if (r.fund.id == id) {
            return &r;
        }
    }
    return nullptr;
}

FundTransferCommand::Transfer FundTransferDialog::transfer() const {
    FundTransferCommand::Transfer t;
    t.from = from_->currentText();
    t.to = to_->currentText();
    t.cents = parseMinorUnits(amount_->text()).value_or(0);
    t.reason = reason_->text().trimmed();
    if (override_->isChecked()) {
        t.overrideReason = overrideReason_->text().trimmed();
    }
    return t;
}

QString FundTransferDialog::previewText() const {
    QTextDocument text;
    text.setHtml(fromPreview_->text() + QStringLiteral("<br>") + toPreview_->text());
    return text.toPlainText();
}

void FundTransferDialog::update() {
    const BudgetRow* from = fund(from_);
    const BudgetRow* to = fund(to_);
    QString error;
    // Plain values, not an optional: GCC -O2 takes the optional's payload for
    // maybe-uninitialized in some unity batches.
    const bool typed = !amount_->text().trimmed().isEmpty();
    bool parsed = false;
    qint64 cents = 0;
    if (typed) {
        if (const std::optional<qint64> p = parseMinorUnits(amount_->text(), &error)) {
            parsed = true;
            cents = *p;
        }
    }
    QString problem;
    if (typed && !parsed) {
        problem = tr("Amount: %1").arg(error);
    } else if (parsed && cents <= 0) {
        problem = tr("The amount must be above zero.");
    } else if (from != nullptr && from == to) {
        problem = tr("Choose two different funds.");
    }
    const bool valid = parsed && cents > 0 && problem.isEmpty();
    if (from != nullptr) {
        const qint64 before = from->figures.available();
        fromPreview_->setText(
            previewLine(*from, valid ? std::optional(before - cents) : std::nullopt));
        if (valid && before - cents < 0) {
            problem = tr("This leaves “%1” below zero: the transfer is refused unless a finance "
                         "user overrides it with a reason.")
                          .arg(qs(from->fund.name));
        }
    }
    if (to != nullptr) {
        const qint64 before = to->figures.available();
        toPreview_->setText(previewLine(*to, valid ? std::optional(before + cents) : std::nullopt));
    }
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    const bool overrideOk = !override_->isChecked() || !overrideReason_->text().trimmed().isEmpty();
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(valid && !reason_->text().trimmed().isEmpty() && overrideOk);
}

void FundTransferDialog::accept() {
    // The core decides; on a refusal the message is up and the dialog stays for another try.
    if (submit_ && submit_(transfer())) {
        QDialog::accept();
    }
}

}  // namespace uplift::app
