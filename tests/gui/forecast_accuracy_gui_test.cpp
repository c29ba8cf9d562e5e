// The forecast-accuracy view driven offscreen on the worked example of docs/formulas.md
// "Targets" (the second case of tests/cli/targets_cli_test.cpp): plan 140 units, actual 40,
// attainment 20.00 %, WAPE and bias 250.00 %, P1 at stock-out risk. The table, the chart and
// the stock-out list must show exactly the core's figures, loaded off the GUI thread.
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

#include "app_session.h"
#include "db/uplift_file.h"
#include "filtered_table_view.h"
#include "forecast_accuracy_chart.h"
#include "forecast_accuracy_job.h"
#include "forecast_accuracy_model.h"
#include "forecast_accuracy_view.h"
#include "gui_fixture.h"
#include "security/users.h"
#include "stockout_risk_list.h"
#include "targets/target_store.h"
#include "text_conversions.h"
#include "workflows/imports.h"
#include "workflows/promotion_workflows.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

const QDate kReportDay(2025, 4, 2);
const QString kPercentSign = QStringLiteral("\u00a0%");

// The combo box entry whose data is `data`, chosen as a user would.
void chooseData(QComboBox* box, const QVariant& data) {
    box->setCurrentIndex(box->findData(data));
}

}  // namespace

class ForecastAccuracyGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableShowsTheCoresFiguresAndHighlightsTheRow();
    void chartShowsTargetPlanAndActualByPeriod();
    void stockOutListNamesTheRiskyPromotion();
    void groupingByRepShowsTheRepRow();
    void filtersNarrowTableAndChart();
    void aNewerReloadSupersedesAnOlderOne();
    void aHiddenViewLoadsOnlyOnceShown();
    void russianTranslationCoversTheView();

  private:
    bool waitForLoad();
    QString cell(int row, int column) const;

    QTemporaryDir dir_;
    QString db_;
    std::unique_ptr<AppSession> session_;
    std::unique_ptr<ForecastAccuracyView> view_;
};

void ForecastAccuracyGuiTest::initTestCase() {
    quietOffscreenWarnings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir_.isValid());
    const QDir d(dir_.path());
    QVERIFY(test::writeFile(d.filePath(QStringLiteral("p.csv")),
                            "sku,name,brand,category,list_price,unit_cost\n"
                            "X,Cola,Fizz,Drinks,2.00,1.00\nY,Chips,Crisp,Snacks,1.00,0.50\n"));
    QVERIFY(test::writeFile(d.filePath(QStringLiteral("a.csv")),
                            "code,name,channel,region,parent,rep\n"
                            "A,Shop A,Super,North,,ann\nB,Shop B,Super,North,,bob\n"
                            "C,Shop C,Cash,South,,bob\n"));
    // March 2024, and the weeks before and in March 2025: three weeks with rows among the 13
    // before 3 March give A × Fizz a baseline of 10 a week.
    QVERIFY(test::writeFile(d.filePath(QStringLiteral("x.csv")),
                            "week,account,sku,units,gross_amount\n"
                            "2024-03-04,A,X,100,200.00\n2024-03-11,B,X,300,600.00\n"
                            "2024-03-18,C,Y,50,50.00\n"
                            "2025-01-06,A,X,10,20.00\n2025-01-13,A,X,10,20.00\n"
                            "2025-02-03,A,X,10,20.00\n2025-03-03,A,X,30,60.00\n"
                            "2025-03-10,A,X,10,20.00\n"));
    QVERIFY(test::writeFile(d.filePath(QStringLiteral("pr.csv")),
                            "promo_id,account,sku,start,end,discount_pct,fixed_cost,planned_units\n"
                            "P1,A,X,2025-03-03,2025-03-09,20,0,100\n"));
    QVERIFY(test::writeFile(d.filePath(QStringLiteral("inv.csv")),
                            "date,sku,units\n2025-02-20,X,50\n"));

    db_ = d.filePath(QStringLiteral("accuracy.uplift"));
    db::Connection conn = db::create_file(toPath(db_), Currency("EUR"));
    const Date today = toDate(kReportDay);
    const ActionContext admin = load_actor(conn, "admin", today, nowIso());
    using KindFile = std::pair<ImportKind, const char*>;
    for (const auto& [kind, file] :
         {KindFile{ImportKind::Products, "p.csv"}, KindFile{ImportKind::Accounts, "a.csv"},
          KindFile{ImportKind::Actuals, "x.csv"}}) {
        import_file(conn, admin, kind, toPath(d.filePath(QLatin1String(file))));
    }
    add_user(conn, admin, "sam", {Role::SalesManager});
    add_user(conn, admin, "fin", {Role::Finance});
    set_target(conn, load_actor(conn, "sam", today, nowIso()), "2025-03", "A", "Fizz", 200, 40000);
    import_file(conn, admin, ImportKind::Promotions, toPath(d.filePath(QStringLiteral("pr.csv"))));
    TransitionRequest submit;
    submit.action = PromotionAction::Submit;
    change_promotion_status(conn, admin, "P1", submit);
    TransitionRequest approve;
    approve.action = PromotionAction::Approve;
    change_promotion_status(conn, load_actor(conn, "fin", today, nowIso()), "P1", approve);
    import_file(conn, admin, ImportKind::Inventory, toPath(d.filePath(QStringLiteral("inv.csv"))));
}

void ForecastAccuracyGuiTest::init() {
    SessionOptions options;
    options.today = kReportDay;
    session_ = AppSession::open(db_, options);
    view_ = std::make_unique<ForecastAccuracyView>(*session_);
    view_->resize(1200, 800);
    view_->show();
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    QVERIFY(waitForLoad());
}

void ForecastAccuracyGuiTest::cleanup() {
    view_.reset();
    session_.reset();
}

bool ForecastAccuracyGuiTest::waitForLoad() {
    return QTest::qWaitFor([this] { return !view_->isBusy(); }, kTimeoutMs);
}

QString ForecastAccuracyGuiTest::cell(int row, int column) const {
    return view_->model()->index(row, column).data().toString();
}

void ForecastAccuracyGuiTest::tableShowsTheCoresFiguresAndHighlightsTheRow() {
    using M = ForecastAccuracyModel;
    ForecastAccuracyModel* model = view_->model();
    QCOMPARE(view_->groupingBox()->currentData().toInt(), int(TargetGrouping::Account));
    QCOMPARE(model->headerData(M::Key, Qt::Horizontal).toString(), QStringLiteral("Account"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(0, M::Key), QStringLiteral("A"));
    QCOMPARE(cell(0, M::TargetUnits), QStringLiteral("200"));
    QCOMPARE(cell(0, M::PlanUnits), QStringLiteral("140.00"));
    QCOMPARE(cell(0, M::ActualUnits), QStringLiteral("40"));
    QCOMPARE(cell(0, M::TargetValue), QStringLiteral("400.00"));
    QCOMPARE(cell(0, M::PlanValue), QStringLiteral("280.00"));
    QCOMPARE(cell(0, M::ActualValue), QStringLiteral("80.00"));
    QCOMPARE(cell(0, M::Attainment), QStringLiteral("20.00") + kPercentSign);
    QCOMPARE(cell(0, M::Wape), QStringLiteral("250.00") + kPercentSign);
    QCOMPARE(cell(0, M::Bias), QStringLiteral("250.00") + kPercentSign);
    QCOMPARE(cell(0, M::StockOuts), QStringLiteral("1"));
    const QModelIndex wape = model->index(0, M::Wape);
    QCOMPARE(wape.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    // Both limits are exceeded: tinted, and the tooltip says why.
    QVERIFY(wape.data(Qt::BackgroundRole).value<QColor>().isValid());
    const QString why = model->index(0, M::Key).data(Qt::ToolTipRole).toString();
    QVERIFY2(
        why.contains(QStringLiteral("WAPE 250.00") + kPercentSign + QStringLiteral(" is above 30")),
        qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("overestimates")), qPrintable(why));
    // The table sorts through the proxy by the numbers.
    QTableView* table = view_->tableView()->table();
    QVERIFY(table->isSortingEnabled());
    table->sortByColumn(M::Wape, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, M::Key).data().toString(), QStringLiteral("A"));
    QCoreApplication::processEvents();  // lets the chart lay out its axes and title
    snapshot(view_.get(), "forecast_accuracy");
}

void ForecastAccuracyGuiTest::chartShowsTargetPlanAndActualByPeriod() {
    ForecastAccuracyChart* chart = view_->chart();
    const int march = static_cast<int>(chart->periods().indexOf(QStringLiteral("2025-03")));
    QVERIFY(march >= 0);
    QCOMPARE(chart->periods().size(), 1);
    QCOMPARE(chart->planSet()->at(march), 140.0);
    QCOMPARE(chart->actualSet()->at(march), 40.0);
    QCOMPARE(chart->targetSet()->at(march), 200.0);
    QVERIFY2(chart->title().contains(QStringLiteral("WAPE 250.00") + kPercentSign),
             qPrintable(chart->title()));
    QVERIFY2(chart->title().contains(QStringLiteral("bias 250.00") + kPercentSign),
             qPrintable(chart->title()));
}

void ForecastAccuracyGuiTest::stockOutListNamesTheRiskyPromotion() {
    using L = StockOutRiskList;
    StockOutRiskList* list = view_->stockOutList();
    QCOMPARE(list->rowCount(), 1);
    QVERIFY(list->isVisibleTo(view_.get()));
    QCOMPARE(list->item(0, L::Promotion)->text(), QStringLiteral("P1"));
    QCOMPARE(list->item(0, L::Account)->text(), QStringLiteral("A"));
    QCOMPARE(list->item(0, L::Sku)->text(), QStringLiteral("X"));
    QCOMPARE(list->item(0, L::Planned)->text(), QStringLiteral("100.00"));
    QCOMPARE(list->item(0, L::Inventory)->text(), QStringLiteral("50"));
    const QLocale locale;
    QCOMPARE(list->item(0, L::InventoryDate)->text(),
             locale.toString(QDate(2025, 2, 20), QLocale::ShortFormat));
    QCOMPARE(list->item(0, L::Ship)->text(),
             locale.toString(QDate(2025, 2, 17), QLocale::ShortFormat) + QStringLiteral(" – ") +
                 locale.toString(QDate(2025, 3, 9), QLocale::ShortFormat));
}

void ForecastAccuracyGuiTest::groupingByRepShowsTheRepRow() {
    using M = ForecastAccuracyModel;
    chooseData(view_->groupingBox(), int(TargetGrouping::Rep));
    QVERIFY(view_->isBusy());
    QVERIFY(waitForLoad());
    ForecastAccuracyModel* model = view_->model();
    QCOMPARE(model->headerData(M::Key, Qt::Horizontal).toString(), QStringLiteral("Rep"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(0, M::Key), QStringLiteral("ann"));
    QCOMPARE(cell(0, M::PlanUnits), QStringLiteral("140.00"));
    QCOMPARE(cell(0, M::Attainment), QStringLiteral("20.00") + kPercentSign);
    QCOMPARE(cell(0, M::Bias), QStringLiteral("250.00") + kPercentSign);
}

void ForecastAccuracyGuiTest::filtersNarrowTableAndChart() {
    // The boxes offer what the file holds: the target period and the reps of the accounts.
    QVERIFY(view_->periodBox()->findData(QStringLiteral("2025-03")) > 0);
    QVERIFY(view_->repBox()->findData(QStringLiteral("ann")) > 0);
    QVERIFY(view_->repBox()->findData(QStringLiteral("bob")) > 0);
    chooseData(view_->repBox(), QStringLiteral("bob"));
    QVERIFY(waitForLoad());
    QCOMPARE(view_->model()->rowCount(), 0);
    QCOMPARE(view_->chart()->periods().size(), 0);
    QVERIFY2(view_->chart()->title().contains(QStringLiteral("WAPE –")),
             qPrintable(view_->chart()->title()));
    // The choice survives the reload that refilled the box.
    QCOMPARE(view_->repBox()->currentData().toString(), QStringLiteral("bob"));
    chooseData(view_->repBox(), QString());
    chooseData(view_->periodBox(), QStringLiteral("2025-03"));
    QVERIFY(waitForLoad());
    QCOMPARE(view_->model()->rowCount(), 1);
    QCOMPARE(view_->chart()->planSet()->at(0), 140.0);
}

void ForecastAccuracyGuiTest::aNewerReloadSupersedesAnOlderOne() {
    QSignalSpy shown(view_.get(), &ForecastAccuracyView::reloaded);
    view_->reload();
    chooseData(view_->groupingBox(), int(TargetGrouping::Brand));  // reloads again
    QVERIFY(waitForLoad());
    // Both loads have ended; only the newer one reached the screen.
    QVERIFY(QTest::qWaitFor(
        [this] { return view_->findChildren<QFutureWatcher<AccuracyResult>*>().isEmpty(); },
        kTimeoutMs));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(cell(0, ForecastAccuracyModel::Key), QStringLiteral("Fizz"));
}

void ForecastAccuracyGuiTest::russianTranslationCoversTheView() {
    QTranslator ru;
    QVERIFY(ru.load(QLocale(QLocale::Russian), QStringLiteral("uplift"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")));
    using Source = std::pair<const char*, const char*>;
    for (const auto& [context, text] :
         {Source{"uplift::app::ForecastAccuracyView", "Calculating…"},
          Source{"uplift::app::ForecastAccuracyView", "Promotions at stock-out risk"},
          Source{"uplift::app::ForecastAccuracyModel", "Attainment"},
          Source{"uplift::app::ForecastAccuracyChart", "Units by period — WAPE %1, bias %2"},
          Source{"uplift::app::StockOutRiskList", "Inventory date"}}) {
        const QString translated = ru.translate(context, text);
        QVERIFY2(!translated.isEmpty() && translated != QLatin1String(text), text);
    }
    QCOMPARE(ru.translate("uplift::app::ForecastAccuracyModel", "Plan units"),
             QStringLiteral("План, шт."));
}

void ForecastAccuracyGuiTest::aHiddenViewLoadsOnlyOnceShown() {
    // As in the Targets section when a file opens: built, never shown. target_report reads
    // every actual; it must not run for a tab nobody looks at (nor hold up closing the file).
    ForecastAccuracyView hidden(*session_);
    hidden.reload();
    QTest::qWait(50);
    QVERIFY(hidden.findChildren<QFutureWatcher<AccuracyResult>*>().isEmpty());
    QVERIFY(!hidden.isBusy());
    QCOMPARE(hidden.model()->rowCount(), 0);

    hidden.resize(1200, 800);
    hidden.show();
    QVERIFY(hidden.isBusy());
    QVERIFY(QTest::qWaitFor([&hidden] { return !hidden.isBusy(); }, kTimeoutMs));
    QCOMPARE(hidden.model()->rowCount(), 1);
}

int uplift::app::test::runForecastAccuracyGuiTest(int argc, char** argv) {
    ForecastAccuracyGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "forecast_accuracy_gui_test.moc"
