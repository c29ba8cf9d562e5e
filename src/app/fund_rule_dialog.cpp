#include "fund_rule_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "app_session.h"
#include "errors.h"
#include "funds/fund.h"
#include "masterdata/accounts.h"
#include "money/money.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

std::string json(const QJsonObject& o) {
    return o.isEmpty() ? std::string()
                       : QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

// The spin box's value as the core reads percentages: a point and two decimals ("30.00").
QString percentValue(const QDoubleSpinBox* box) {
    return QString::number(box->value(), 'f', 2);
}

QString fundName(const QComboBox* box) {
    return box->currentData().toString();
}

}  // namespace

FundRuleDialog::FundRuleDialog(AppSession& session, QWidget* parent)
    : QDialog(parent),
      session_(session),
      name_(new QLineEdit(this)),
      kind_(new QComboBox(this)),
      pages_(new QStackedWidget(this)),
      error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New fund rule"));
    setObjectName(QStringLiteral("fundRuleDialog"));
    name_->setObjectName(QStringLiteral("ruleNameEdit"));
    name_->setPlaceholderText(tr("e.g. Give back unspent money"));
    kind_->setObjectName(QStringLiteral("ruleKindCombo"));
    kind_->addItem(tr("When a promotion closes: return its unspent commitment to the parent fund"),
                   ReturnToParent);
    kind_->addItem(tr("On a date: move a share of an under-used fund"), MoveShare);
    kind_->addItem(tr("When an account reaches its target: add a bonus to a fund"), TargetBonus);
    pages_->addWidget(buildClosePage());
    pages_->addWidget(buildDatePage());
    pages_->addWidget(buildTargetPage());
    connect(kind_, &QComboBox::currentIndexChanged, pages_, &QStackedWidget::setCurrentIndex);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] { showError({}); });

    error_->setObjectName(QStringLiteral("ruleErrorLabel"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error_->hide();

    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Add rule"));
    buttons_->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addRuleOkButton"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &FundRuleDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, [this](const QString& text) {
        buttons_->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Kind:"), kind_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(pages_);
    layout->addWidget(error_);
    layout->addStretch(1);
    layout->addWidget(buttons_);
}

QComboBox* FundRuleDialog::fundPicker(const char* objectName, QWidget* parent, bool withAny) {
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    if (withAny) {
        box->addItem(tr("Any fund"), QString());
    }
    for (const Fund& f : list_funds(session_.connection())) {
        box->addItem(qs(f.name), qs(f.name));
    }
    return box;
}

QDoubleSpinBox* FundRuleDialog::percentBox(const char* objectName, double max, double value,
                                           QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setDecimals(2);
    box->setRange(0.01, max);
    box->setValue(value);
    box->setSuffix(tr(" %"));
    return box;
}

QWidget* FundRuleDialog::buildClosePage() {
    auto* page = new QWidget(this);
    closeScope_ = fundPicker("closeScopeCombo", page, true);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Only for &funds at or below:"), closeScope_);
    auto* note = new QLabel(tr("What a closed promotion released back to its fund goes to that "
                               "fund's parent, once per promotion and fund, never more than the "
                               "fund has available."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget* FundRuleDialog::buildDatePage() {
    auto* page = new QWidget(this);
    date_ = new QDateEdit(session_.today(), page);
    date_->setObjectName(QStringLiteral("ruleDateEdit"));
    date_->setCalendarPopup(true);
    watchedFund_ = fundPicker("watchedFundCombo", page);
    usedBelow_ = percentBox("usedBelowSpin", 100.0, 50.0, page);
    share_ = percentBox("shareSpin", 100.0, 30.0, page);
    toFund_ = fundPicker("toFundCombo", page);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("On &date:"), date_);
    form->addRow(tr("If &fund:"), watchedFund_);
    form->addRow(tr("Is &used below:"), usedBelow_);
    form->addRow(tr("&Move this share of its available:"), share_);
    form->addRow(tr("&To fund:"), toFund_);
    return page;
}

QWidget* FundRuleDialog::buildTargetPage() {
    auto* page = new QWidget(this);
    account_ = new QComboBox(page);
    account_->setObjectName(QStringLiteral("accountCombo"));
    for (const Account& a : list_accounts(session_.connection())) {
        account_->addItem(tr("%1 — %2").arg(qs(a.code), qs(a.name)), qs(a.code));
    }
    const QDate today = session_.today();
    period_ = new QLineEdit(
        QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1), page);
    period_->setObjectName(QStringLiteral("periodEdit"));
    period_->setPlaceholderText(tr("2025-Q3 or 2025-07"));
    reached_ = percentBox("reachedSpin", 1000.0, 100.0, page);
    amount_ = new QLineEdit(page);
    amount_->setObjectName(QStringLiteral("bonusAmountEdit"));
    amount_->setPlaceholderText(tr("e.g. 500.00"));
    bonusFund_ = fundPicker("bonusFundCombo", page);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("When &account:"), account_);
    form->addRow(tr("In &period:"), period_);
    form->addRow(tr("&Reaches this share of its target:"), reached_);
    form->addRow(tr("Add a &bonus of:"), amount_);
    form->addRow(tr("To &fund:"), bonusFund_);
    return page;
}

RuleSpec FundRuleDialog::spec() const {
    RuleSpec s;
    s.name = utf8(name_->text().trimmed());
    QJsonObject condition;
    QJsonObject action;
    switch (kind_->currentData().toInt()) {
        case ReturnToParent:
            s.schedule = "on_close";
            if (!fundName(closeScope_).isEmpty()) {
                condition.insert(QStringLiteral("fund"), fundName(closeScope_));
            }
            action.insert(QStringLiteral("type"), QStringLiteral("return_to_parent"));
            break;
        case MoveShare:
            s.schedule = "on_date:" + utf8(date_->date().toString(Qt::ISODate));
            condition.insert(QStringLiteral("fund"), fundName(watchedFund_));
            condition.insert(QStringLiteral("utilisation_below_pct"), percentValue(usedBelow_));
            action.insert(QStringLiteral("type"), QStringLiteral("move_available_pct"));
            action.insert(QStringLiteral("to"), fundName(toFund_));
            action.insert(QStringLiteral("pct"), percentValue(share_));
            break;
        case TargetBonus: {
            s.schedule = "on_target";
            condition.insert(QStringLiteral("account"), account_->currentData().toString());
            condition.insert(QStringLiteral("period"), period_->text().trimmed());
            condition.insert(QStringLiteral("reached_pct"), percentValue(reached_));
            // Typed as the user writes money ("1 234,56"); stored as the core writes it.
            Money amount;
            try {
                amount = Money::parse(utf8(amount_->text().trimmed()), DecimalMark::Auto);
            } catch (const UserError& e) {
                throw UserError(utf8(tr("Bonus: %1").arg(qs(e.what()))));
            }
            action.insert(QStringLiteral("type"), QStringLiteral("add_to_fund"));
            action.insert(QStringLiteral("fund"), fundName(bonusFund_));
            action.insert(QStringLiteral("amount"), qs(format_minor(amount.minor())));
            break;
        }
        default:
            break;
    }
    s.condition = json(condition);
    s.action = json(action);
    return s;
}

QString FundRuleDialog::errorText() const {
    return error_->isVisible() ? error_->text() : QString();
}

void FundRuleDialog::showError(const QString& message) {
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

void FundRuleDialog::accept() {
    try {
        ruleId_ = add_rule(session_.connection(), session_.action(), spec());
    } catch (const UserError& e) {
        // PermissionDenied is a UserError too: either way the user reads why and may correct.
        showError(qs(e.what()));
        return;
    } catch (const DatabaseError& e) {
        showError(qs(e.what()));
        return;
    }
    showError({});
    QDialog::accept();
}

}  // namespace uplift::app
