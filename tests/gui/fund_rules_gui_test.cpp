// The fund rules panel driven offscreen: rules are added through the dialog (a refusal stays in
// the dialog and stores nothing), the dry run lists hand-computed amounts and writes nothing,
// the run books exactly the confirmed dry run and moves the fund figures by that much, once.
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <fmt/format.h>

#include "app_session.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "filtered_table_view.h"
#include "fund_rule_dialog.h"
#include "fund_rules_panel.h"
#include "funds/fund.h"
#include "funds/rules.h"
#include "gui_fixture.h"
#include "rule_firing_model.h"
#include "security/users.h"
#include "text_conversions.h"
#include "workflows/promotion_workflows.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

// Money in and out of the file, to prove a dry run wrote nothing.
std::string fileState(db::Connection& conn) {
    return fmt::format("{} {} {} {} {}", db::query_int(conn, "SELECT count(*) FROM fund_ledger"),
                       db::query_int(conn, "SELECT count(*) FROM audit_log"),
                       db::query_int(conn, "SELECT count(*) FROM rule_firings"),
                       db::query_int(conn, "SELECT count(*) FROM fund_rules"),
                       db::query_int(conn, "SELECT ifnull(sum(amount), 0) FROM fund_ledger"));
}

FundFigures figures(db::Connection& conn, const char* fund) {
    return fund_figures(conn, find_fund(conn, fund).value().id);
}

template <typename T>
T* child(QWidget* parent, const char* name) {
    return parent->findChild<T*>(QLatin1String(name));
}

QMessageBox* visibleBox(const char* name) {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(w)) {
            if (box->isVisible() && box->objectName() == QLatin1String(name)) {
                return box;
            }
        }
    }
    return nullptr;
}

void pick(QComboBox* box, const QString& text) {
    box->setCurrentIndex(box->findText(text));
}

}  // namespace

class FundRulesGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rulesAreAddedThroughTheDialogAndRefusalsStayInIt();
    void dryRunListsWhatTheRunThenBooksExactlyOnce();
    void aRunRefusesWhenTheFiguresMovedAfterTheConfirmedDryRun();
    void withoutTheRightOnlyTheDryRunIsOpen();
    void russianTranslationCoversThePanel();

  private:
    FundRulesPanel* openPanel(const QString& user);
    FundRuleDialog* addRule(const QString& name, FundRuleDialog::Kind kind);
    void addTheTwoRules();

    QTemporaryDir dir_;
    QString template_;
    QString db_;
    std::unique_ptr<AppSession> session_;
    std::unique_ptr<FundRulesPanel> panel_;
};

void FundRulesGuiTest::initTestCase() {
    quietOffscreenWarnings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir_.isValid());
    template_ = dir_.filePath(QStringLiteral("rules.uplift"));
    QVERIFY(writeTestData(dir_.path(), template_));
    // Funds HQ ── Fizz fund (brand Fizz) and Reserve; PR1 committed 500.00 on Fizz fund and
    // closed unspent, so its release waits for a return to the parent.
    db::Connection conn = db::open_file(toPath(template_));
    const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
    add_user(conn, admin, "rita", {Role::SalesRep}, "Rita Rep");
    for (const char* name : {"HQ", "Fizz fund", "Reserve"}) {
        FundSpec s;
        s.name = name;
        if (s.name == "Fizz fund") {
            s.parent = "HQ";
            s.brand = "Fizz";
        }
        create_fund(conn, admin, s);
    }
    const ActionContext fiona = load_actor(conn, "fiona", toDate(kToday), nowIso());
    allocate(conn, fiona, "HQ", 1'000'000, "year budget");  // 10,000.00
    allocate(conn, fiona, "Fizz fund", 300'000, "");        // 3,000.00 carved out of HQ
    PromotionDraft d;
    d.code = "PR1";
    d.account = "STORE1";
    d.instore = {Date(2025, 3, 3), Date(2025, 3, 16)};
    d.skus = {"P001"};
    d.fixed_cost_cents = 50'000;
    d.fund = "Fizz fund";
    create_promotion(conn, admin, d);
    for (const auto& [who, action] :
         {std::pair{"admin", PromotionAction::Submit}, std::pair{"fiona", PromotionAction::Approve},
          std::pair{"fiona", PromotionAction::Close}}) {
        TransitionRequest r;
        r.action = action;
        r.reason = "test";
        r.overlap_reason = "test";
        change_promotion_status(conn, load_actor(conn, who, toDate(kToday), nowIso()), "PR1", r);
    }
    QCOMPARE(figures(conn, "Fizz fund").available(), std::int64_t{300'000});
}

void FundRulesGuiTest::init() {
    db_ = dir_.filePath(QStringLiteral("%1.uplift").arg(QTest::currentTestFunction()));
    QVERIFY(QFile::copy(template_, db_));
}

void FundRulesGuiTest::cleanup() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w) != nullptr || qobject_cast<QDialog*>(w) != nullptr) {
            w->close();
        }
    }
    panel_.reset();
    session_.reset();
}

FundRulesPanel* FundRulesGuiTest::openPanel(const QString& user) {
    SessionOptions options;
    options.userName = user;
    options.today = kToday;  // 2 June 2025
    panel_.reset();
    session_ = AppSession::open(db_, options);
    panel_ = std::make_unique<FundRulesPanel>(*session_);
    panel_->resize(1100, 600);
    panel_->show();
    if (!QTest::qWaitForWindowExposed(panel_.get())) {
        return nullptr;
    }
    return panel_.get();
}

// Opens New rule…, names the rule and picks its kind; the caller fills the fields.
FundRuleDialog* FundRulesGuiTest::addRule(const QString& name, FundRuleDialog::Kind kind) {
    QPushButton* button = child<QPushButton>(panel_.get(), "newRuleButton");
    if (button == nullptr || !button->isEnabled()) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = panel_->findChild<FundRuleDialog*>();
    if (dialog == nullptr || !dialog->isVisible()) {
        return nullptr;
    }
    child<QLineEdit>(dialog, "ruleNameEdit")->setText(name);
    auto* kindBox = child<QComboBox>(dialog, "ruleKindCombo");
    kindBox->setCurrentIndex(kindBox->findData(kind));
    return dialog;
}

void FundRulesGuiTest::addTheTwoRules() {
    FundRuleDialog* back = addRule(QStringLiteral("give back"), FundRuleDialog::ReturnToParent);
    QVERIFY(back != nullptr);
    QTest::mouseClick(child<QPushButton>(back, "addRuleOkButton"), Qt::LeftButton);
    QTRY_VERIFY(panel_->findChild<FundRuleDialog*>() == nullptr);  // closed and deleted

    FundRuleDialog* sweep = addRule(QStringLiteral("sweep HQ"), FundRuleDialog::MoveShare);
    QVERIFY(sweep != nullptr);
    child<QDateEdit>(sweep, "ruleDateEdit")->setDate(QDate(2025, 6, 1));
    pick(child<QComboBox>(sweep, "watchedFundCombo"), QStringLiteral("HQ"));
    child<QDoubleSpinBox>(sweep, "usedBelowSpin")->setValue(50);
    child<QDoubleSpinBox>(sweep, "shareSpin")->setValue(30);
    pick(child<QComboBox>(sweep, "toFundCombo"), QStringLiteral("Reserve"));
    QTest::mouseClick(child<QPushButton>(sweep, "addRuleOkButton"), Qt::LeftButton);
    QTRY_VERIFY(panel_->findChild<FundRuleDialog*>() == nullptr);
}

void FundRulesGuiTest::rulesAreAddedThroughTheDialogAndRefusalsStayInIt() {
    FundRulesPanel* panel = openPanel(QStringLiteral("fiona"));
    QVERIFY(panel != nullptr);
    QSignalSpy changed(panel, &FundRulesPanel::rulesChanged);
    db::Connection& conn = session_->connection();
    QCOMPARE(panel->rulesView()->table()->model()->rowCount(), 0);

    // Moving a share of HQ to HQ itself: the core refuses, the dialog stays open with its words.
    FundRuleDialog* bad = addRule(QStringLiteral("to itself"), FundRuleDialog::MoveShare);
    QVERIFY(bad != nullptr);
    pick(child<QComboBox>(bad, "watchedFundCombo"), QStringLiteral("HQ"));
    pick(child<QComboBox>(bad, "toFundCombo"), QStringLiteral("HQ"));
    const std::string before = fileState(conn);
    QTest::mouseClick(child<QPushButton>(bad, "addRuleOkButton"), Qt::LeftButton);
    QVERIFY(bad->isVisible());
    QVERIFY2(bad->errorText().contains(QStringLiteral("action.to: must be another fund")),
             qPrintable(bad->errorText()));
    snapshot(bad, "fund-rule-dialog-refused");
    QCOMPARE(fileState(conn), before);
    QVERIFY(list_rules(conn).empty());
    QCOMPARE(changed.count(), 0);
    // Corrected in place, the same dialog stores it.
    pick(child<QComboBox>(bad, "toFundCombo"), QStringLiteral("Reserve"));
    QTest::mouseClick(child<QPushButton>(bad, "addRuleOkButton"), Qt::LeftButton);
    QTRY_VERIFY(panel->findChild<FundRuleDialog*>() == nullptr);
    QCOMPARE(changed.count(), 1);
    const std::vector<Rule> stored = list_rules(conn);
    QCOMPARE(stored.size(), std::size_t{1});
    QCOMPARE(stored[0].schedule, "on_date:" + utf8(kToday.toString(Qt::ISODate)));
    QCOMPARE(stored[0].condition, std::string(R"({"fund":"HQ","utilisation_below_pct":"50.00"})"));
    QCOMPARE(stored[0].action,
             std::string(R"({"pct":"30.00","to":"Reserve","type":"move_available_pct"})"));
    QCOMPARE(stored[0].created_by, std::string("fiona"));

    // A bonus typed as money: the core's parser reads "1,234.50"; "abc" is refused in place.
    FundRuleDialog* bonus = addRule(QStringLiteral("bonus"), FundRuleDialog::TargetBonus);
    QVERIFY(bonus != nullptr);
    pick(child<QComboBox>(bonus, "accountCombo"), QStringLiteral("STORE7 — Store 7"));
    child<QLineEdit>(bonus, "periodEdit")->setText(QStringLiteral("2025-Q3"));
    pick(child<QComboBox>(bonus, "bonusFundCombo"), QStringLiteral("Fizz fund"));
    child<QLineEdit>(bonus, "bonusAmountEdit")->setText(QStringLiteral("abc"));
    QTest::mouseClick(child<QPushButton>(bonus, "addRuleOkButton"), Qt::LeftButton);
    QVERIFY(bonus->isVisible());
    QVERIFY2(bonus->errorText().startsWith(QStringLiteral("Bonus:")),
             qPrintable(bonus->errorText()));
    child<QLineEdit>(bonus, "bonusAmountEdit")->setText(QStringLiteral("1,234.50"));
    QTest::mouseClick(child<QPushButton>(bonus, "addRuleOkButton"), Qt::LeftButton);
    QTRY_VERIFY(panel->findChild<FundRuleDialog*>() == nullptr);
    QCOMPARE(list_rules(conn).at(1).action,
             std::string(R"({"amount":"1234.50","fund":"Fizz fund","type":"add_to_fund"})"));

    // Each rule reads as a sentence, not as JSON.
    QAbstractItemModel* rules = panel->rulesView()->table()->model();
    QCOMPARE(rules->rowCount(), 2);
    const int col = 1;
    QCOMPARE(
        rules->index(0, col).data().toString(),
        QStringLiteral("On 2 June 2025, if “HQ” is used below 50\u00a0%, move 30\u00a0% of its "
                       "available to “Reserve”."));
    QCOMPARE(rules->index(1, col).data().toString(),
             QStringLiteral("When account STORE7 reaches 100\u00a0% of its 2025-Q3 target, add "
                            "1,234.50 to “Fizz fund”."));
    QCOMPARE(rules->index(0, 3).data().toString(), QStringLiteral("fiona"));
    snapshot(panel, "fund-rules");
}

void FundRulesGuiTest::dryRunListsWhatTheRunThenBooksExactlyOnce() {
    FundRulesPanel* panel = openPanel(QStringLiteral("fiona"));
    QVERIFY(panel != nullptr);
    addTheTwoRules();
    QSignalSpy changed(panel, &FundRulesPanel::rulesChanged);
    db::Connection& conn = session_->connection();
    QCOMPARE(list_rules(conn).size(), std::size_t{2});
    const std::string before = fileState(conn);
    const FundFigures hq = figures(conn, "HQ");
    const FundFigures fizz = figures(conn, "Fizz fund");
    const FundFigures reserve = figures(conn, "Reserve");

    QTest::mouseClick(child<QPushButton>(panel, "dryRunButton"), Qt::LeftButton);
    QCOMPARE(panel->shown(), FundRulesPanel::Shown::DryRun);
    QCOMPARE(panel->tabs()->currentWidget(), panel->firingsView());
    // Fizz fund gives PR1's 500.00 back to HQ; HQ then has 7,000.00 + 500.00 available and is
    // not used at all (0 % < 50 %), so 30 % of 7,500.00 = 2,250.00 goes to Reserve.
    QAbstractItemModel* shown = panel->firingsView()->table()->model();
    QCOMPARE(shown->rowCount(), 2);
    const auto cell = [shown](int row, int column) {
        return shown->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, RuleFiringModel::Rule), QStringLiteral("give back"));
    QCOMPARE(cell(0, RuleFiringModel::Subject), QStringLiteral("PR1/Fizz fund"));
    QCOMPARE(cell(0, RuleFiringModel::From), QStringLiteral("Fizz fund"));
    QCOMPARE(cell(0, RuleFiringModel::To), QStringLiteral("HQ"));
    QCOMPARE(cell(0, RuleFiringModel::Amount), QStringLiteral("500.00"));
    QCOMPARE(cell(1, RuleFiringModel::Rule), QStringLiteral("sweep HQ"));
    QCOMPARE(cell(1, RuleFiringModel::Subject), QStringLiteral("2025-06-01"));
    QCOMPARE(cell(1, RuleFiringModel::From), QStringLiteral("HQ"));
    QCOMPARE(cell(1, RuleFiringModel::To), QStringLiteral("Reserve"));
    QCOMPARE(cell(1, RuleFiringModel::Amount), QStringLiteral("2,250.00"));
    const std::vector<RuleFiring> dry = panel->shownFirings();
    QCOMPARE(dry.at(0).amount, std::int64_t{50'000});
    QCOMPARE(dry.at(1).amount, std::int64_t{225'000});
    QCOMPARE(fileState(conn), before);  // nothing written
    QCOMPARE(changed.count(), 0);
    snapshot(panel, "fund-rules-dry-run");

    // Run asks first, listing the same lines; Book books them.
    QTest::mouseClick(child<QPushButton>(panel, "runRulesButton"), Qt::LeftButton);
    QMessageBox* box = visibleBox("runRulesConfirmBox");
    QVERIFY(box != nullptr);
    QVERIFY2(box->text().contains(QStringLiteral("2,750.00")), qPrintable(box->text()));
    QCOMPARE(box->informativeText(),
             QStringLiteral("give back (PR1/Fizz fund): Fizz fund → HQ, 500.00\n"
                            "sweep HQ (2025-06-01): HQ → Reserve, 2,250.00"));
    QCOMPARE(fileState(conn), before);  // not before the confirmation
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(panel->shown(), FundRulesPanel::Shown::Booked);
    QVERIFY(panel->shownFirings() == dry);
    QCOMPARE(changed.count(), 1);
    QVERIFY(visibleRefusalBox() == nullptr);

    // The figures moved by exactly the booked amounts.
    const FundFigures hq2 = figures(conn, "HQ");
    const FundFigures fizz2 = figures(conn, "Fizz fund");
    const FundFigures reserve2 = figures(conn, "Reserve");
    QCOMPARE(fizz2.transfers_out - fizz.transfers_out, std::int64_t{50'000});
    QCOMPARE(fizz2.available() - fizz.available(), std::int64_t{-50'000});
    QCOMPARE(hq2.transfers_in - hq.transfers_in, std::int64_t{50'000});
    QCOMPARE(hq2.transfers_out - hq.transfers_out, std::int64_t{225'000});
    QCOMPARE(hq2.available() - hq.available(), std::int64_t{50'000 - 225'000});
    QCOMPARE(reserve2.transfers_in - reserve.transfers_in, std::int64_t{225'000});
    QCOMPARE(reserve2.available(), std::int64_t{225'000});
    QCOMPARE(db::query_int(conn, "SELECT count(*) FROM rule_firings"), std::int64_t{2});

    // The log shows both firings.
    QAbstractItemModel* log = panel->logView()->table()->model();
    QCOMPARE(log->rowCount(), 2);
    QCOMPARE(viewRowOf(log, 1, QStringLiteral("PR1/Fizz fund")), 0);
    QCOMPARE(viewRowOf(log, 1, QStringLiteral("2025-06-01")), 1);

    // A second run books nothing and asks nothing.
    const std::string after = fileState(conn);
    QTest::mouseClick(child<QPushButton>(panel, "runRulesButton"), Qt::LeftButton);
    QVERIFY(visibleBox("runRulesConfirmBox") == nullptr);
    QCOMPARE(panel->firingsView()->table()->model()->rowCount(), 0);
    QCOMPARE(fileState(conn), after);
    QCOMPARE(changed.count(), 1);
}

void FundRulesGuiTest::aRunRefusesWhenTheFiguresMovedAfterTheConfirmedDryRun() {
    FundRulesPanel* panel = openPanel(QStringLiteral("fiona"));
    QVERIFY(panel != nullptr);
    addTheTwoRules();
    db::Connection& conn = session_->connection();
    QCOMPARE(list_rules(conn).size(), std::size_t{2});
    QTest::mouseClick(child<QPushButton>(panel, "runRulesButton"), Qt::LeftButton);
    QMessageBox* box = visibleBox("runRulesConfirmBox");
    QVERIFY(box != nullptr);
    // Someone allocates 1,000.00 more to HQ while the question is open: 30 % is now 2,550.00.
    {
        db::Connection other = db::open_file(toPath(db_));
        allocate(other, load_actor(other, "fiona", toDate(kToday), nowIso()), "HQ", 100'000, "");
    }
    const std::string before = fileState(conn);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(visibleRefusalBox() != nullptr);
    QCOMPARE(fileState(conn), before);
    // The table shows the fresh dry run instead.
    QCOMPARE(panel->shown(), FundRulesPanel::Shown::DryRun);
    QCOMPARE(panel->shownFirings().at(1).amount, std::int64_t{255'000});
}

void FundRulesGuiTest::withoutTheRightOnlyTheDryRunIsOpen() {
    {
        FundRulesPanel* panel = openPanel(QStringLiteral("fiona"));
        QVERIFY(panel != nullptr);
        addTheTwoRules();
        QCOMPARE(list_rules(session_->connection()).size(), std::size_t{2});
    }
    FundRulesPanel* panel = openPanel(QStringLiteral("rita"));
    QVERIFY(panel != nullptr);
    QVERIFY(!child<QPushButton>(panel, "newRuleButton")->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "runRulesButton")->isEnabled());
    QCOMPARE(panel->rulesView()->table()->model()->rowCount(), 2);
    const std::string before = fileState(session_->connection());
    QTest::mouseClick(child<QPushButton>(panel, "dryRunButton"), Qt::LeftButton);
    QCOMPARE(panel->firingsView()->table()->model()->rowCount(), 2);
    QCOMPARE(fileState(session_->connection()), before);
    // Even called directly, the core refuses the real run.
    panel->run();
    QMessageBox* box = visibleBox("runRulesConfirmBox");
    QVERIFY(box != nullptr);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(visibleRefusalBox() != nullptr);
    QCOMPARE(fileState(session_->connection()), before);
}

void FundRulesGuiTest::russianTranslationCoversThePanel() {
    {
        FundRulesPanel* panel = openPanel(QStringLiteral("fiona"));
        QVERIFY(panel != nullptr);
        addTheTwoRules();
        QCOMPARE(list_rules(session_->connection()).size(), std::size_t{2});
    }
    QTranslator ru;
    QVERIFY(ru.load(QLocale(QLocale::Russian), QStringLiteral("uplift"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    // Models translate when asked for data: keep Russian until the checks are done.
    const auto restore = qScopeGuard([&ru] {
        QCoreApplication::removeTranslator(&ru);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    FundRulesPanel* panel = openPanel(QStringLiteral("fiona"));
    QVERIFY(panel != nullptr);
    QCOMPARE(child<QPushButton>(panel, "dryRunButton")->text(), QStringLiteral("П&робный прогон"));
    QCOMPARE(panel->rulesView()->table()->model()->index(1, 1).data().toString(),
             QStringLiteral("1 июня 2025: если «HQ» использован меньше чем на 50\u00a0%, "
                            "перенести 30\u00a0% его доступного остатка в «Reserve»."));
}

namespace uplift::app::test {
int runFundRulesGuiTest(int argc, char** argv) {
    FundRulesGuiTest t;
    return QTest::qExec(&t, argc, argv);
}
}  // namespace uplift::app::test

#include "fund_rules_gui_test.moc"
