#pragma once
// Shared pieces of the offscreen GUI tests: the test data set and small view helpers.
#include <QAbstractItemModel>
#include <QDate>
#include <QString>

class QMessageBox;
class QWidget;

namespace uplift::app::test {

inline constexpr int kTimeoutMs = 10000;
inline const QDate kToday(2025, 6, 2);

// Writes the CSV files of the tests into `dir` and creates the Uplift file `dbPath` with four
// products, 100 accounts and the user "fiona" (Finance), all through the core.
bool writeTestData(const QString& dir, const QString& dbPath);

// writeTestData, then its actuals (March 2025) and two promotions on them, PR1 (20 % at STORE1)
// and PR2 (10 % at STORE2 with a 250.00 fee): the data the report tests read.
bool writeReportsTestData(const QString& dir, const QString& dbPath);

// Before a test class's first window: quiet offscreen warnings, settings of its own (test mode,
// cleared) under `applicationName`, and English number and date formats.
void prepareGuiTestClass(const QString& applicationName);

// Writes `text` to `path` (a CSV file of a test); false when it could not.
bool writeFile(const QString& path, const QByteArray& text);
// The row of the view whose column `column` shows `text`, or -1.
int viewRowOf(const QAbstractItemModel* model, int column, const QString& text);
// The refusal box the application shows for a refused core call, if one is up.
QMessageBox* visibleRefusalBox();
// The offscreen platform warns about window features it lacks; those say nothing about us.
void quietOffscreenWarnings();
// With UPLIFT_GUI_SHOTS=DIR set, saves what a widget shows as DIR/NAME.png (for reviewing the
// look of screens that need clicks to reach); does nothing otherwise.
void snapshot(QWidget* w, const char* name);

// The test classes, each run by gui_main.cpp in one QApplication; each returns its failures.
int runBackgroundJobsGuiTest(int argc, char** argv);
int runGuiTest(int argc, char** argv);
int runPromotionGuiTest(int argc, char** argv);
int runFundsGuiTest(int argc, char** argv);
int runFundRulesGuiTest(int argc, char** argv);
int runForecastAccuracyGuiTest(int argc, char** argv);
int runTargetsGuiTest(int argc, char** argv);
int runRepFilesGuiTest(int argc, char** argv);
int runDiscountsGuiTest(int argc, char** argv);
int runBenchGuiTest(int argc, char** argv);
int runDecisionPanelGuiTest(int argc, char** argv);
int runReportsGuiTest(int argc, char** argv);
int runDashboardGuiTest(int argc, char** argv);
int runSqlConsoleGuiTest(int argc, char** argv);
int runDrillDownGuiTest(int argc, char** argv);
int runDashboardDrillGuiTest(int argc, char** argv);
int runPivotGuiTest(int argc, char** argv);

}  // namespace uplift::app::test
