#include "new_fund_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "error_display.h"
#include "money/percent.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

enum Basis { PercentOfGross, PerUnit };

}  // namespace

NewFundDialog::NewFundDialog(const NewFundChoices& c, Submit submit, QWidget* parent)
    : QDialog(parent),
      submit_(std::move(submit)),
      name_(new QLineEdit(this)),
      parent_(new QComboBox(this)),
      type_(new QComboBox(this)),
      basis_(new QComboBox(this)),
      rate_(new QLineEdit(this)),
      brand_(choiceCombo("newFundBrand", c.brands)),
      account_(new QComboBox(this)),
      channel_(choiceCombo("newFundChannel", c.channels)),
      region_(choiceCombo("newFundRegion", c.regions)),
      hasPeriod_(new QCheckBox(tr("Limited to a &period"), this)),
      from_(new QDateEdit(this)),
      to_(new QDateEdit(this)),
      hasCashLimit_(new QCheckBox(tr("&Cash limit:"), this)),
      cashLimit_(new QLineEdit(this)),
      owner_(new QComboBox(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("newFundDialog"));
    setWindowTitle(tr("New fund"));
    name_->setObjectName(QStringLiteral("newFundName"));
    parent_->setObjectName(QStringLiteral("newFundParent"));
    type_->setObjectName(QStringLiteral("newFundType"));
    rate_->setObjectName(QStringLiteral("newFundRate"));
    account_->setObjectName(QStringLiteral("newFundAccount"));
    name_->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    parent_->addItem(tr("(none: a root fund)"), QString());
    for (const QString& f : c.funds) {
        parent_->addItem(f, f);
    }
    parent_->setCurrentIndex(std::max(0, parent_->findData(c.parent)));
    type_->addItem(tr("Fixed: a lump sum"), false);
    type_->addItem(tr("Accrual: grows with sell-in"), true);
    basis_->addItem(tr("% of gross sales"), PercentOfGross);
    basis_->addItem(tr("per unit sold"), PerUnit);
    rate_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    account_->addItem(tr("(any)"), QString());
    for (const auto& [code, name] : c.accounts) {
        account_->addItem(tr("%1 — %2").arg(code, name), code);
    }
    const QDate yearStart(c.today.year(), 1, 1);
    from_->setDate(yearStart);
    to_->setDate(yearStart.addYears(1).addDays(-1));
    for (QDateEdit* d : {from_, to_}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    cashLimit_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cashLimit_->setEnabled(false);
    cashLimit_->setToolTip(tr("The most the fund may pay out as lump sums or cash"));
    for (const QString& u : c.users) {
        owner_->addItem(u, u);
    }
    owner_->setCurrentIndex(std::max(0, owner_->findData(c.owner)));

    auto* accrual = new QHBoxLayout;
    accrual->addWidget(rate_, 1);
    accrual->addWidget(basis_);
    auto* period = new QHBoxLayout;
    period->addWidget(hasPeriod_);
    period->addWidget(from_);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(to_);
    period->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("P&arent:"), parent_);
    form->addRow(tr("&Type:"), type_);
    form->addRow(tr("Accrues:"), accrual);
    form->addRow(tr("&Brand:"), brand_);
    form->addRow(tr("A&ccount:"), account_);
    form->addRow(tr("C&hannel:"), channel_);
    form->addRow(tr("R&egion:"), region_);
    form->addRow(tr("Period:"), period);
    form->addRow(hasCashLimit_, cashLimit_);
    form->addRow(tr("&Owner:"), owner_);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &NewFundDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, &NewFundDialog::update);
    connect(type_, &QComboBox::currentIndexChanged, this, &NewFundDialog::update);
    connect(hasPeriod_, &QCheckBox::toggled, from_, &QWidget::setEnabled);
    connect(hasPeriod_, &QCheckBox::toggled, to_, &QWidget::setEnabled);
    connect(hasCashLimit_, &QCheckBox::toggled, cashLimit_, &QWidget::setEnabled);
    update();
}

QComboBox* NewFundDialog::choiceCombo(const char* name, const QStringList& items) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->addItem(tr("(any)"), QString());
    for (const QString& i : items) {
        combo->addItem(i, i);
    }
    return combo;
}

void NewFundDialog::update() {
    const bool accrual = type_->currentData().toBool();
    rate_->setEnabled(accrual);
    basis_->setEnabled(accrual);
    rate_->setPlaceholderText(accrual ? tr("Required") : QString());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!name_->text().trimmed().isEmpty());
}

std::optional<FundSpec> NewFundDialog::spec(QString* error) const {
    FundSpec s;
    s.name = utf8(name_->text().trimmed());
    s.parent = utf8(parent_->currentData().toString());
    s.accrual = type_->currentData().toBool();
    if (s.accrual && !rate_->text().trimmed().isEmpty()) {
        try {
            if (basis_->currentData().toInt() == PercentOfGross) {
                s.rate = Percent::parse(utf8(rate_->text().trimmed())).units();
            } else {
                s.per_unit = Money::parse(utf8(rate_->text().trimmed())).minor();
            }
        } catch (const std::exception& e) {
            *error = tr("Accrual: %1").arg(qs(e.what()));
            return std::nullopt;
        }
    }
    s.brand = utf8(brand_->currentData().toString());
    s.account = utf8(account_->currentData().toString());
    s.channel = utf8(channel_->currentData().toString());
    s.region = utf8(region_->currentData().toString());
    if (hasPeriod_->isChecked()) {
        s.valid_from = toDate(from_->date());
        s.valid_to = toDate(to_->date());
    }
    if (hasCashLimit_->isChecked()) {
        QString why;
        const auto cents = parseMinorUnits(cashLimit_->text(), &why);
        if (!cents) {
            *error = tr("Cash limit: %1").arg(why);
            return std::nullopt;
        }
        s.cash_limit = *cents;
    }
    s.owner = utf8(owner_->currentData().toString());
    return s;
}

void NewFundDialog::accept() {
    QString error;
    const std::optional<FundSpec> s = spec(&error);
    if (!s) {
        showRefusal(this, tr("Fund not created"), error);
        return;
    }
    if (submit_ && submit_(*s)) {
        QDialog::accept();
    }
}

}  // namespace uplift::app
