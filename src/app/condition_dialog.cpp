#include "condition_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

#include "exact_format.h"
#include "money/percent.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

enum ConditionBasis { ByPercent, ByAmountPerUnit };

const QString kClashRed = QStringLiteral("#b3261e");
const QString kWarningAmber = QStringLiteral("#9a5b00");

}  // namespace

ConditionDialog::ConditionDialog(const DiscountChoices& c,
                                 const std::optional<DiscountCondition>& editing, Check check,
                                 Submit submit, QWidget* parent)
    : QDialog(parent),
      check_(std::move(check)),
      submit_(std::move(submit)),
      name_(new QLineEdit(this)),
      basis_(new QComboBox(this)),
      value_(new QLineEdit(this)),
      from_(new QDateEdit(this)),
      to_(new QDateEdit(this)),
      channel_(choiceCombo("conditionChannel", c.channels)),
      account_(makeAccountCombo(c, tr("(any)"), this)),
      brand_(choiceCombo("conditionBrand", c.brands)),
      category_(choiceCombo("conditionCategory", c.categories)),
      skus_(new SkuPicker(c.skus, this)),
      exclusive_(new QCheckBox(tr("E&xclusive: replaces the other conditions on a row"), this)),
      reason_(makeReasonCombo(c, tr("(none)"), this)),
      clashLabel_(new QLabel(this)),
      warningLabel_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      recheckTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("conditionDialog"));
    setWindowTitle(editing ? tr("Edit condition %1").arg(qs(editing->name))
                           : tr("New discount condition"));
    name_->setObjectName(QStringLiteral("conditionName"));
    basis_->setObjectName(QStringLiteral("conditionBasis"));
    value_->setObjectName(QStringLiteral("conditionValue"));
    from_->setObjectName(QStringLiteral("conditionFrom"));
    to_->setObjectName(QStringLiteral("conditionTo"));
    account_->setObjectName(QStringLiteral("conditionAccount"));
    exclusive_->setObjectName(QStringLiteral("conditionExclusive"));
    reason_->setObjectName(QStringLiteral("conditionReason"));
    clashLabel_->setObjectName(QStringLiteral("conditionClash"));
    warningLabel_->setObjectName(QStringLiteral("conditionWarnings"));
    name_->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    name_->setPlaceholderText(tr("e.g. C&C everyday 3 %"));

    basis_->addItem(tr("% of gross sales"), ByPercent);
    basis_->addItem(tr("per unit"), ByAmountPerUnit);
    value_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value_->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    for (QDateEdit* d : {from_, to_}) {
        d->setCalendarPopup(true);
    }
    const QDate yearStart(c.today.year(), 1, 1);
    from_->setDate(c.today);
    to_->setDate(yearStart.addYears(1).addDays(-1));
    clashLabel_->setWordWrap(true);
    clashLabel_->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(kClashRed));
    clashLabel_->setVisible(false);
    warningLabel_->setWordWrap(true);
    warningLabel_->setStyleSheet(QStringLiteral("color: %1;").arg(kWarningAmber));
    warningLabel_->setVisible(false);

    if (editing) {
        requestId_ = editing->request_id;
        name_->setText(qs(editing->name));
        if (editing->pct_units) {
            value_->setText(editablePercentUnits(*editing->pct_units));
        } else {
            basis_->setCurrentIndex(1);
            value_->setText(editableMinorUnits(editing->per_unit_cents.value_or(0)));
        }
        from_->setDate(toQDate(editing->period.first));
        to_->setDate(toQDate(editing->period.last));
        channel_->setCurrentIndex(std::max(0, channel_->findData(qs(editing->channel))));
        chooseAccount(account_, qs(editing->account));
        brand_->setCurrentIndex(std::max(0, brand_->findData(qs(editing->brand))));
        category_->setCurrentIndex(std::max(0, category_->findData(qs(editing->category))));
        QStringList skus;
        for (const std::string& s : editing->skus) {
            skus << qs(s);
        }
        skus_->setChecked(skus);
        exclusive_->setChecked(editing->exclusive);
        reason_->setCurrentIndex(std::max(0, reason_->findData(qs(editing->reason))));
    }

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(value_);
    valueRow->addWidget(basis_);
    valueRow->addStretch(1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(from_);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(to_);
    dates->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Depth:"), valueRow);
    form->addRow(tr("&Valid:"), dates);
    form->addRow(tr("&Channel:"), channel_);
    form->addRow(tr("&Account:"), account_);
    form->addRow(tr("&Brand:"), brand_);
    form->addRow(tr("Ca&tegory:"), category_);
    form->addRow(tr("&SKUs (none: all):"), skus_);
    form->addRow(QString(), exclusive_);
    form->addRow(tr("&Reason:"), reason_);
    // Rows holding a layout get no buddy from QFormLayout: their mnemonic goes to the first box.
    for (const auto& [row, field] : {std::pair<QLayout*, QWidget*>{valueRow, value_},
                                     std::pair<QLayout*, QWidget*>{dates, from_}}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(row))) {
            label->setBuddy(field);
        }
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(clashLabel_);
    layout->addWidget(warningLabel_);
    layout->addWidget(buttons_);

    recheckTimer_->setSingleShot(true);
    recheckTimer_->setInterval(150);
    connect(recheckTimer_, &QTimer::timeout, this, &ConditionDialog::recheck);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ConditionDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, &ConditionDialog::changed);
    connect(value_, &QLineEdit::textChanged, this, &ConditionDialog::changed);
    connect(basis_, &QComboBox::currentIndexChanged, this, &ConditionDialog::changed);
    connect(from_, &QDateEdit::dateChanged, this, &ConditionDialog::changed);
    connect(to_, &QDateEdit::dateChanged, this, &ConditionDialog::changed);
    for (QComboBox* combo : {channel_, brand_, category_, reason_}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ConditionDialog::changed);
    }
    connect(account_, &QComboBox::editTextChanged, this, &ConditionDialog::changed);
    connect(skus_, &SkuPicker::changed, this, &ConditionDialog::changed);
    connect(exclusive_, &QCheckBox::toggled, this, &ConditionDialog::changed);
    resize(sizeHint().width(), std::max(sizeHint().height(), 600));
    recheck();
}

QComboBox* ConditionDialog::choiceCombo(const char* name, const QStringList& items) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->addItem(tr("(any)"), QString());
    for (const QString& item : items) {
        combo->addItem(item, item);
    }
    return combo;
}

QPushButton* ConditionDialog::okButton() const {
    return buttons_->button(QDialogButtonBox::Ok);
}

std::optional<ConditionInput> ConditionDialog::input(QString* error, bool* missing) const {
    const auto notYet = [missing] {
        if (missing != nullptr) {
            *missing = true;
        }
        return std::nullopt;
    };
    ConditionInput in;
    in.name = utf8(name_->text().trimmed());
    if (in.name.empty()) {
        *error = tr("Name the condition.");
        return notYet();
    }
    const QString value = value_->text().trimmed();
    if (value.isEmpty()) {
        *error = basis_->currentData().toInt() == ByPercent ? tr("Type the depth in %.")
                                                            : tr("Type the amount per unit.");
        return notYet();
    }
    if (basis_->currentData().toInt() == ByPercent) {
        try {
            in.pct_units = Percent::parse(utf8(value)).units();
        } catch (const std::exception& e) {
            *error = tr("Depth: %1").arg(qs(e.what()));
            return std::nullopt;
        }
    } else {
        QString why;
        const std::optional<qint64> cents = parseMinorUnits(value, &why);
        if (!cents) {
            *error = tr("Amount per unit: %1").arg(why);
            return std::nullopt;
        }
        in.per_unit_cents = *cents;
    }
    if (to_->date() < from_->date()) {
        *error = tr("The period ends before it starts.");
        return std::nullopt;
    }
    in.period = {toDate(from_->date()), toDate(to_->date())};
    in.channel = utf8(channel_->currentData().toString());
    in.account = utf8(chosenAccount(account_));
    in.brand = utf8(brand_->currentData().toString());
    in.category = utf8(category_->currentData().toString());
    for (const QString& sku : skus_->checked()) {
        in.skus.push_back(utf8(sku));
    }
    in.exclusive = exclusive_->isChecked();
    in.reason = utf8(reason_->currentData().toString());
    in.request_id = requestId_;
    return in;
}

void ConditionDialog::changed() {
    recheckTimer_->start();
}

void ConditionDialog::recheck() {
    recheckTimer_->stop();
    QString error;
    bool missing = false;
    const std::optional<ConditionInput> in = input(&error, &missing);
    clash_ = false;
    QString clashText;
    QStringList warnings;
    if (in && check_) {
        const ConditionCheck result = check_(*in);
        clash_ = !result.clash.isEmpty();
        clashText = clash_ ? tr("Refused: %1").arg(result.clash) : result.error;
        warnings = result.warnings;
    } else if (!in && !missing) {
        clashText = error;
    }
    clashLabel_->setText(clashText);
    clashLabel_->setVisible(!clashText.isEmpty());
    QStringList lines;
    for (const QString& w : warnings) {
        lines << QStringLiteral("⚠ ") + w;
    }
    warningLabel_->setText(lines.join(QLatin1Char('\n')));
    warningLabel_->setVisible(!lines.isEmpty());
    okButton()->setEnabled(in.has_value() && !clash_);
    okButton()->setToolTip(clash_ ? clashText : (in ? QString() : error));
}

void ConditionDialog::accept() {
    recheck();
    QString error;
    const std::optional<ConditionInput> in = input(&error);
    if (!in || clash_) {
        return;
    }
    if (submit_(*in)) {
        QDialog::accept();
    }
}

}  // namespace uplift::app
