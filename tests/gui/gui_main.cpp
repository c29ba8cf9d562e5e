// One QApplication for every offscreen GUI test class (QTEST_MAIN allows only one class).
#include <QApplication>
#include <QTest>

#include "gui_fixture.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    int failures = 0;
    // First: it holds Qt's thread pool, which painting a window would wait for.
    failures += uplift::app::test::runBackgroundJobsGuiTest(argc, argv);
    failures += uplift::app::test::runGuiTest(argc, argv);
    failures += uplift::app::test::runPromotionGuiTest(argc, argv);
    failures += uplift::app::test::runFundsGuiTest(argc, argv);
    failures += uplift::app::test::runFundRulesGuiTest(argc, argv);
    failures += uplift::app::test::runForecastAccuracyGuiTest(argc, argv);
    failures += uplift::app::test::runTargetsGuiTest(argc, argv);
    failures += uplift::app::test::runRepFilesGuiTest(argc, argv);
    failures += uplift::app::test::runDiscountsGuiTest(argc, argv);
    failures += uplift::app::test::runBenchGuiTest(argc, argv);
    failures += uplift::app::test::runDecisionPanelGuiTest(argc, argv);
    failures += uplift::app::test::runReportsGuiTest(argc, argv);
    failures += uplift::app::test::runDashboardGuiTest(argc, argv);
    failures += uplift::app::test::runSqlConsoleGuiTest(argc, argv);
    failures += uplift::app::test::runDrillDownGuiTest(argc, argv);
    failures += uplift::app::test::runDashboardDrillGuiTest(argc, argv);
    failures += uplift::app::test::runPivotGuiTest(argc, argv);
    return failures;
}
