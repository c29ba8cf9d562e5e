#include "discount_request_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

#include "form_problem.h"
#include "money/percent.h"
#include "text_conversions.h"

namespace uplift::app {

DiscountRequestDialog::DiscountRequestDialog(const DiscountChoices& c, Submit submit,
                                             QWidget* parent)
    : QDialog(parent),
      submit_(std::move(submit)),
      account_(makeAccountCombo(c, QString(), this)),
      skus_(new SkuPicker(c.skus, this)),
      depth_(new QLineEdit(this)),
      from_(new QDateEdit(this)),
      to_(new QDateEdit(this)),
      reason_(makeReasonCombo(c, QString(), this)),
      units_(new QLineEdit(this)),
      promotion_(new QComboBox(this)),
      note_(new QLineEdit(this)),
      error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("discountRequestDialog"));
    setWindowTitle(tr("New discount request"));
    account_->setObjectName(QStringLiteral("requestAccount"));
    depth_->setObjectName(QStringLiteral("requestDepth"));
    from_->setObjectName(QStringLiteral("requestFrom"));
    to_->setObjectName(QStringLiteral("requestTo"));
    reason_->setObjectName(QStringLiteral("requestReason"));
    units_->setObjectName(QStringLiteral("requestUnits"));
    promotion_->setObjectName(QStringLiteral("requestPromotion"));
    note_->setObjectName(QStringLiteral("requestNote"));
    error_->setObjectName(QStringLiteral("requestError"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Request"));

    account_->setCurrentIndex(-1);
    depth_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    depth_->setPlaceholderText(tr("e.g. 7.5"));
    depth_->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    const QDate monday = c.today.addDays(8 - c.today.dayOfWeek());  // next Monday
    from_->setDate(monday);
    to_->setDate(monday.addDays(27));
    for (QDateEdit* d : {from_, to_}) {
        d->setCalendarPopup(true);
    }
    const int tpr = reason_->findData(QStringLiteral("TPR"));
    reason_->setCurrentIndex(std::max(0, tpr));
    units_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    units_->setPlaceholderText(tr("estimated from the baseline"));
    units_->setToolTip(
        tr("Units expected over the whole period, all skus together. Empty: the "
           "baseline × the weeks of the period."));
    promotion_->addItem(tr("(none: a central condition when approved)"), QString());
    for (const QString& code : c.promotions) {
        promotion_->addItem(code, code);
    }
    note_->setPlaceholderText(tr("Optional"));
    error_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error_->setWordWrap(true);

    auto* dates = new QHBoxLayout;
    dates->addWidget(from_);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(to_);
    dates->addStretch(1);
    auto* depthRow = new QHBoxLayout;
    depthRow->addWidget(depth_);
    depthRow->addWidget(new QLabel(tr("% off list price"), this));
    depthRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Account:"), account_);
    form->addRow(tr("&SKUs:"), skus_);
    form->addRow(tr("&Depth:"), depthRow);
    form->addRow(tr("&Period:"), dates);
    form->addRow(tr("Rea&son:"), reason_);
    form->addRow(tr("&Expected units:"), units_);
    form->addRow(tr("Pro&motion:"), promotion_);
    form->addRow(tr("&Note:"), note_);
    // Rows holding a layout get no buddy from QFormLayout: their mnemonic goes to the first box.
    for (const auto& [row, field] : {std::pair<QLayout*, QWidget*>{depthRow, depth_},
                                     std::pair<QLayout*, QWidget*>{dates, from_}}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(row))) {
            label->setBuddy(field);
        }
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(error_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &DiscountRequestDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(account_, &QComboBox::editTextChanged, this, &DiscountRequestDialog::update);
    connect(skus_, &SkuPicker::changed, this, &DiscountRequestDialog::update);
    connect(depth_, &QLineEdit::textChanged, this, &DiscountRequestDialog::update);
    connect(units_, &QLineEdit::textChanged, this, &DiscountRequestDialog::update);
    connect(from_, &QDateEdit::dateChanged, this, &DiscountRequestDialog::update);
    connect(to_, &QDateEdit::dateChanged, this, &DiscountRequestDialog::update);
    resize(sizeHint().width(), std::max(sizeHint().height(), 520));
    update();
}

std::optional<NewDiscountRequest> DiscountRequestDialog::request(QString* error,
                                                                 bool* missing) const {
    const auto notYet = [missing] {
        if (missing != nullptr) {
            *missing = true;
        }
        return std::nullopt;
    };
    NewDiscountRequest r;
    r.account = utf8(chosenAccount(account_));
    if (r.account.empty()) {
        *error = tr("Choose the account.");
        return notYet();
    }
    for (const QString& sku : skus_->checked()) {
        r.skus.push_back(utf8(sku));
    }
    if (r.skus.empty()) {
        *error = tr("Tick at least one sku.");
        return notYet();
    }
    if (depth_->text().trimmed().isEmpty()) {
        *error = tr("Type the depth in %.");
        return notYet();
    }
    try {
        r.pct_units = Percent::parse(utf8(depth_->text().trimmed())).units();
    } catch (const std::exception& e) {
        *error = tr("Depth: %1").arg(qs(e.what()));
        return std::nullopt;
    }
    r.period = {toDate(from_->date()), toDate(to_->date())};
    if (to_->date() < from_->date()) {
        *error = tr("The period ends before it starts.");
        return std::nullopt;
    }
    r.reason = utf8(reason_->currentData().toString());
    const QString units = units_->text().trimmed();
    if (!units.isEmpty()) {
        bool ok = false;
        const qint64 n = QLocale().toLongLong(units, &ok);
        if (!ok || n < 0) {
            *error = tr("Expected units: '%1' is not a whole number of units.").arg(units);
            return std::nullopt;
        }
        r.expected_units = n;
    }
    r.promo_id = utf8(promotion_->currentData().toString());
    r.note = utf8(note_->text().trimmed());
    return r;
}

void DiscountRequestDialog::update() {
    QString error;
    bool missing = false;
    const bool ok = request(&error, &missing).has_value();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(ok);
    showFormProblem(error_, error, missing);
}

void DiscountRequestDialog::accept() {
    QString error;
    const std::optional<NewDiscountRequest> r = request(&error);
    if (!r) {
        error_->setText(error);
        return;
    }
    if (submit_(*r)) {
        QDialog::accept();
    }
}

}  // namespace uplift::app
