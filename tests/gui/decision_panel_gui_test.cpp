// The discount decision panel shown offscreen from panels the core built: a request that
// overlaps a promotion (amber "Review", the promotion listed, the margin after discount per
// unit in the sku table) and one as deep as the margin (red "Reject").
//
// Cola (X) lists at 2.00 and costs 1.00; shop A sold 100 a week in the 13 weeks before
// 2025-06-02; promotion P7 (20 % off) is in store 2025-06-09..22 on X.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "analytics/discount_decision.h"
#include "db/connection.h"
#include "db/uplift_file.h"
#include "decision_panel_view.h"
#include "decision_trend_chart.h"
#include "gui_fixture.h"
#include "security/users.h"
#include "text_conversions.h"
#include "workflows/discount_decisions.h"
#include "workflows/imports.h"

#include <QLineSeries>

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

const Date kDay(2025, 5, 30);

}  // namespace

class DecisionPanelGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overlapShowsReviewWithThePromotionAndTheMargins();
    void depthAtTheMarginShowsReject();
    void clearEmptiesThePanel();

  private:
    std::int64_t ask(std::int64_t pct_units);

    QTemporaryDir dir_;
    std::unique_ptr<db::Connection> conn_;
    std::unique_ptr<DecisionPanelView> view_;
};

void DecisionPanelGuiTest::initTestCase() {
    quietOffscreenWarnings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir_.isValid());
    const QDir d(dir_.path());
    QByteArray actuals = "week,account,sku,units,gross_amount\n";
    for (QDate w(2025, 3, 3); w < QDate(2025, 6, 2); w = w.addDays(7)) {
        actuals += w.toString(Qt::ISODate).toUtf8() + ",A,X,100,200.00\n";
    }
    QVERIFY(test::writeFile(
        d.filePath(QStringLiteral("p.csv")),
        "sku,name,brand,category,list_price,unit_cost\nX,Cola,Fizz,Drinks,2.00,1.00\n"));
    QVERIFY(test::writeFile(d.filePath(QStringLiteral("a.csv")),
                            "code,name,channel,region\nA,Shop A,Super,North\n"));
    QVERIFY(test::writeFile(d.filePath(QStringLiteral("x.csv")), actuals));
    QVERIFY(test::writeFile(d.filePath(QStringLiteral("pr.csv")),
                            "promo_id,account,sku,start,end,discount_pct,fixed_cost\n"
                            "P7,A,X,2025-06-09,2025-06-22,20,0\n"));
}

void DecisionPanelGuiTest::init() {
    conn_ = std::make_unique<db::Connection>(db::create_memory());
    const QDir d(dir_.path());
    const ActionContext admin = load_actor(*conn_, "admin", kDay, nowIso());
    for (const auto& [kind, file] :
         {std::pair{ImportKind::Products, "p.csv"}, std::pair{ImportKind::Accounts, "a.csv"},
          std::pair{ImportKind::Actuals, "x.csv"}, std::pair{ImportKind::Promotions, "pr.csv"}}) {
        import_file(*conn_, admin, kind, toPath(d.filePath(QLatin1String(file))));
    }
    add_user(*conn_, admin, "kim", {Role::KeyAccountManager});
    conn_->exec_script(
        "UPDATE accounts SET kam_id = (SELECT id FROM users WHERE name = 'kim') WHERE code = 'A'");
    view_ = std::make_unique<DecisionPanelView>();
    view_->resize(1200, 900);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
}

void DecisionPanelGuiTest::cleanup() {
    view_.reset();
    conn_.reset();
}

std::int64_t DecisionPanelGuiTest::ask(std::int64_t pct_units) {
    NewDiscountRequest r;
    r.account = "A";
    r.skus = {"X"};
    r.pct_units = pct_units;
    r.period = {Date(2025, 6, 2), Date(2025, 6, 15)};
    r.reason = "TPR";
    return request_discount(*conn_, load_actor(*conn_, "kim", kDay, nowIso()), r).id;
}

void DecisionPanelGuiTest::overlapShowsReviewWithThePromotionAndTheMargins() {
    view_->showPanel(build_decision_panel(*conn_, ask(100'000), kDay));
    snapshot(view_.get(), "decision_panel_review");

    auto* verdict = view_->findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QVERIFY(verdict);
    QCOMPARE(verdict->text(), QStringLiteral("Review"));
    QVERIFY(verdict->isVisible());
    auto* reasons = view_->findChild<QLabel*>(QStringLiteral("verdictReasons"));
    QVERIFY(reasons->text().contains(QStringLiteral("overlaps promotion P7 (20 % discount_pct)")));

    auto* promotions = view_->findChild<QListWidget*>(QStringLiteral("decisionPromotions"));
    QCOMPARE(promotions->count(), 1);
    QVERIFY(promotions->item(0)->text().startsWith(QStringLiteral("P7 ")));

    // 2.00 − 1.00 − 10 % × 2.00 = 0.80 a unit; 13 weeks of 100 → 200 units over two weeks.
    auto* skus = view_->findChild<QTableWidget*>(QStringLiteral("decisionSkus"));
    QCOMPARE(skus->rowCount(), 1);
    QCOMPARE(skus->item(0, 4)->text(), QStringLiteral("0.80"));
    QCOMPARE(skus->item(0, 5)->text(), QStringLiteral("200.00"));
    QCOMPARE(skus->item(0, 6)->text(), QStringLiteral("160.00"));
    QVERIFY(skus->item(0, 4)->textAlignment() & Qt::AlignRight);
    QCOMPARE(skus->item(0, 7)->text(), QStringLiteral("+25.0\u00a0%"));
    QVERIFY(skus->item(0, 0)->toolTip().contains(QStringLiteral("Unit cost 1.00")));

    auto* chart = view_->findChild<DecisionTrendChart*>();
    QCOMPARE(chart->unitsSeries()->count(), 13);
    QCOMPARE(chart->unitsSeries()->at(12).y(), 100.0);
}

void DecisionPanelGuiTest::depthAtTheMarginShowsReject() {
    view_->showPanel(build_decision_panel(*conn_, ask(500'000), kDay));
    auto* verdict = view_->findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QCOMPARE(verdict->text(), QStringLiteral("Reject"));
    auto* banner = view_->findChild<QFrame*>(QStringLiteral("verdictBanner"));
    QVERIFY(banner->palette().color(QPalette::Window).red() >
            banner->palette().color(QPalette::Window).green());
    auto* skus = view_->findChild<QTableWidget*>(QStringLiteral("decisionSkus"));
    QCOMPARE(skus->item(0, 4)->text(), QStringLiteral("0.00"));
    QCOMPARE(skus->item(0, 7)->text(), QStringLiteral("none"));
}

void DecisionPanelGuiTest::clearEmptiesThePanel() {
    view_->showPanel(build_decision_panel(*conn_, ask(100'000), kDay));
    view_->clear();
    QVERIFY(!view_->findChild<QFrame*>(QStringLiteral("verdictBanner"))->isVisible());
    QCOMPARE(view_->findChild<QListWidget*>(QStringLiteral("decisionPromotions"))->count(), 0);
    QCOMPARE(view_->findChild<QTableWidget*>(QStringLiteral("decisionSkus"))->rowCount(), 0);
}

int uplift::app::test::runDecisionPanelGuiTest(int argc, char** argv) {
    DecisionPanelGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "decision_panel_gui_test.moc"
