#include "claim_settle_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

ClaimSettleDialog::ClaimSettleDialog(const Claim& claim, Mode mode, Submit submit, QWidget* parent)
    : QDialog(parent),
      claim_(claim),
      mode_(mode),
      submit_(std::move(submit)),
      amount_(new QLineEdit(this)),
      reason_(new QLineEdit(this)),
      form_(new QFormLayout),
      preview_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const bool writeOff = mode_ == Mode::WriteOff;
    const QString id = qs(claim_.claim_id);
    setObjectName(QStringLiteral("claimSettleDialog"));
    setWindowTitle(writeOff ? tr("Write off part of claim %1").arg(id)
                            : tr("Settle part of claim %1").arg(id));
    amount_->setObjectName(QStringLiteral("claimAmount"));
    reason_->setObjectName(QStringLiteral("claimReason"));
    preview_->setObjectName(QStringLiteral("claimPreview"));
    amount_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount_->setPlaceholderText(formatMinorUnits(claim_.open()));
    reason_->setPlaceholderText(writeOff ? tr("Required") : tr("Optional"));
    reason_->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    preview_->setWordWrap(true);
    preview_->setTextFormat(Qt::RichText);

    auto* about = new QLabel(this);
    about->setWordWrap(true);
    about->setText(tr("Claim %1 on promotion %2: %3 claimed, %4 settled, %5 written off, "
                      "%6 open.")
                       .arg(id, qs(claim_.promo_id), formatMinorUnits(claim_.amount),
                            formatMinorUnits(claim_.settled), formatMinorUnits(claim_.written_off),
                            formatMinorUnits(claim_.open())));
    form_->addRow(writeOff ? tr("&Write off:") : tr("&Settle now:"), amount_);
    form_->addRow(tr("&Reason:"), reason_);
    buttons_->button(QDialogButtonBox::Ok)->setText(writeOff ? tr("Write off") : tr("Settle"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form_);
    layout->addWidget(preview_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ClaimSettleDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(amount_, &QLineEdit::textChanged, this, &ClaimSettleDialog::update);
    connect(reason_, &QLineEdit::textChanged, this, &ClaimSettleDialog::update);
    amount_->setFocus();
    update();
}

void ClaimSettleDialog::setReasonCodes(const QList<QPair<QString, QString>>& codes) {
    if (mode_ != Mode::WriteOff || code_ != nullptr) {
        return;
    }
    code_ = new QComboBox(this);
    code_->setObjectName(QStringLiteral("claimReasonCode"));
    code_->addItem(tr("No code"), QString());
    for (const auto& [code, description] : codes) {
        code_->addItem(tr("%1 — %2").arg(code, description), code);
    }
    code_->setToolTip(tr("The write-off's reason code, for the discount analysis by reason"));
    form_->addRow(tr("Reason &code:"), code_);
}

Settlement ClaimSettleDialog::settlement() const {
    const qint64 cents = parseMinorUnits(amount_->text()).value_or(0);
    Settlement s;
    s.reason = utf8(reason_->text().trimmed());
    if (code_ != nullptr) {
        s.reason_code = utf8(code_->currentData().toString());
    }
    if (mode_ == Mode::WriteOff) {
        s.amount = 0;
        s.write_off = cents;
    } else {
        s.amount = cents;
    }
    return s;
}

void ClaimSettleDialog::update() {
    QString error;
    const bool empty = amount_->text().trimmed().isEmpty();
    const std::optional<qint64> cents =
        empty ? std::nullopt : parseMinorUnits(amount_->text(), &error);
    const auto red = [](const QString& text) {
        return QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(text.toHtmlEscaped());
    };
    bool valid = false;
    if (!empty && !cents) {
        preview_->setText(red(tr("Amount: %1").arg(error)));
    } else if (cents && *cents <= 0) {
        preview_->setText(red(tr("The amount must be above zero.")));
    } else if (cents && *cents > claim_.open()) {
        preview_->setText(
            red(tr("Only %1 of the claim is open.").arg(formatMinorUnits(claim_.open()))));
    } else if (cents) {
        valid = true;
        preview_->setText(
            (mode_ == Mode::WriteOff ? tr("Written off now: <b>%1</b>; stays open: <b>%2</b>.")
                                     : tr("Settled now: <b>%1</b>; stays open: <b>%2</b>."))
                .arg(formatMinorUnits(*cents), formatMinorUnits(claim_.open() - *cents)));
    } else {
        preview_->clear();
    }
    if (valid && mode_ == Mode::WriteOff && reason_->text().trimmed().isEmpty()) {
        valid = false;
        preview_->setText(preview_->text() + QStringLiteral("<br>") +
                          red(tr("A write-off needs a reason.")));
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void ClaimSettleDialog::accept() {
    if (submit_ && submit_(settlement())) {
        QDialog::accept();
    }
}

}  // namespace uplift::app
