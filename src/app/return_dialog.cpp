#include "return_dialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "form_problem.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

ReturnDialog::ReturnDialog(const DiscountChoices& c, Submit submit, QWidget* parent)
    : QDialog(parent),
      submit_(std::move(submit)),
      kind_(new QComboBox(this)),
      date_(new QDateEdit(c.today, this)),
      account_(makeAccountCombo(c, QString(), this)),
      sku_(new QComboBox(this)),
      units_(new QSpinBox(this)),
      amount_(new QLineEdit(this)),
      reason_(makeReasonCombo(c, QString(), this)),
      note_(new QLineEdit(this)),
      error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("New return or write-off"));
    kind_->setObjectName(QStringLiteral("returnKind"));
    date_->setObjectName(QStringLiteral("returnDate"));
    account_->setObjectName(QStringLiteral("returnAccount"));
    sku_->setObjectName(QStringLiteral("returnSku"));
    units_->setObjectName(QStringLiteral("returnUnits"));
    amount_->setObjectName(QStringLiteral("returnAmount"));
    reason_->setObjectName(QStringLiteral("returnReason"));
    note_->setObjectName(QStringLiteral("returnNote"));
    error_->setObjectName(QStringLiteral("returnError"));

    kind_->addItem(tr("Return: goods sent back"), static_cast<int>(ReturnKind::Return));
    kind_->addItem(tr("Write-off: goods or money given up"),
                   static_cast<int>(ReturnKind::WriteOff));
    date_->setCalendarPopup(true);
    account_->setCurrentIndex(-1);
    sku_->setEditable(true);
    sku_->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& [sku, name] : c.skus) {
        sku_->addItem(tr("%1 — %2").arg(sku, name), sku);
    }
    sku_->completer()->setFilterMode(Qt::MatchContains);
    sku_->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    sku_->setCurrentIndex(-1);
    units_->setRange(0, 1'000'000'000);
    units_->setGroupSeparatorShown(true);
    units_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount_->setPlaceholderText(editableMinorUnits(0));
    const int damaged = reason_->findData(QStringLiteral("DAMAGED"));
    reason_->setCurrentIndex(std::max(0, damaged));
    note_->setPlaceholderText(tr("Optional"));
    error_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), kind_);
    form->addRow(tr("&Date:"), date_);
    form->addRow(tr("&Account:"), account_);
    form->addRow(tr("&SKU:"), sku_);
    form->addRow(tr("&Units:"), units_);
    form->addRow(tr("A&mount:"), amount_);
    form->addRow(tr("&Reason:"), reason_);
    form->addRow(tr("&Note:"), note_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(account_, &QComboBox::editTextChanged, this, &ReturnDialog::update);
    connect(sku_, &QComboBox::editTextChanged, this, &ReturnDialog::update);
    connect(amount_, &QLineEdit::textChanged, this, &ReturnDialog::update);
    update();
}

std::optional<NewReturn> ReturnDialog::entry(QString* error, bool* missing) const {
    const auto notYet = [missing] {
        if (missing != nullptr) {
            *missing = true;
        }
        return std::nullopt;
    };
    NewReturn r;
    r.kind = static_cast<ReturnKind>(kind_->currentData().toInt());
    r.date = toDate(date_->date());
    r.account = utf8(chosenAccount(account_));
    if (r.account.empty()) {
        *error = tr("Choose the account.");
        return notYet();
    }
    const QString skuText = sku_->currentText().trimmed();
    const int skuIndex = sku_->findText(skuText);
    r.sku = utf8(skuIndex >= 0 ? sku_->itemData(skuIndex).toString()
                               : skuText.section(QStringLiteral(" — "), 0, 0).trimmed());
    if (r.sku.empty()) {
        *error = tr("Choose the sku.");
        return notYet();
    }
    r.units = units_->value();
    const QString amount = amount_->text().trimmed();
    if (amount.isEmpty()) {
        *error = tr("Type the amount.");
        return notYet();
    }
    QString why;
    const std::optional<qint64> cents = parseMinorUnits(amount, &why);
    if (!cents) {
        *error = tr("Amount: %1").arg(why);
        return std::nullopt;
    }
    r.amount_cents = *cents;
    r.reason = utf8(reason_->currentData().toString());
    r.note = utf8(note_->text().trimmed());
    return r;
}

void ReturnDialog::update() {
    QString error;
    bool missing = false;
    const bool ok = entry(&error, &missing).has_value();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(ok);
    showFormProblem(error_, error, missing);
}

void ReturnDialog::accept() {
    QString error;
    const std::optional<NewReturn> r = entry(&error);
    if (!r) {
        error_->setText(error);
        return;
    }
    if (submit_(*r)) {
        QDialog::accept();
    }
}

}  // namespace uplift::app
