// Drill-down in the Reports section, offscreen: double-clicking a figure of Promotion ROI (sorted,
// so the view's row is not the core's) opens the rows behind it, whose total is the figure;
// Enter on a Brand × channel cell does the same for its sell-in rows, showing the first rows
// of all and what all of them add up to.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "db/uplift_file.h"
#include "filtered_table_view.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "navigation_sidebar.h"
#include "report_table_model.h"
#include "reports/source_rows.h"
#include "reports_section.h"
#include "security/users.h"
#include "source_rows_dialog.h"
#include "text_conversions.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

int drillHeaderColumn(const ReportTable& t, const char* name) {
    const auto it = std::find(t.header.begin(), t.header.end(), std::string(name));
    return it == t.header.end() ? -1 : static_cast<int>(it - t.header.begin());
}

int drillTabNamed(const SourceRowsDialog* d, const std::string& name) {
    const auto& tables = d->result().tables;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (tables[i].table.name == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

}  // namespace

class DrillDownGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();
    void doubleClickOnASortedRoiFigure();
    void enterOnABrandChannelCell();

  private:
    void waitForDialog(SourceRowsDialog** out);

    QTemporaryDir dir_;
    QString db_;
    std::unique_ptr<MainWindow> window_;
    ReportsSection* section_ = nullptr;
};

void DrillDownGuiTest::initTestCase() {
    prepareGuiTestClass(QStringLiteral("UpliftDrillDownGuiTest"));
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("drill.uplift"));
    QVERIFY(writeReportsTestData(dir_.path(), db_));
    SessionOptions options;
    options.today = kToday;
    window_ = std::make_unique<MainWindow>(options);
    window_->resize(1300, 860);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openFile(db_));
    NavigationSidebar* sidebar = window_->sidebar();
    QListWidgetItem* item = sidebar->itemFor(Section::Reports);
    QVERIFY(item != nullptr);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(item).center());
    section_ = qobject_cast<ReportsSection*>(window_->sectionWidget(Section::Reports));
    QVERIFY(section_ != nullptr);
}

void DrillDownGuiTest::cleanupTestCase() {
    section_ = nullptr;
    window_.reset();
}

void DrillDownGuiTest::waitForDialog(SourceRowsDialog** out) {
    SourceRowsDialog* dialog = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((dialog = section_->findChild<SourceRowsDialog*>()) != nullptr,
                              "no dialog opened", kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kTimeoutMs);
    *out = dialog;
}

void DrillDownGuiTest::doubleClickOnASortedRoiFigure() {
    QCOMPARE(section_->currentReport(), ReportKind::Roi);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    const ReportTable& report = section_->model()->table();
    const int spend = drillHeaderColumn(report, "spend");
    QVERIFY(spend > 0);
    QCOMPARE(report.rows.size(), std::size_t{2});
    // Largest spend first: PR2 (with its fee) sorts above PR1, the core's first row.
    QTableView* table = section_->tableView()->table();
    table->sortByColumn(spend, Qt::DescendingOrder);
    const QModelIndex shown = table->model()->index(0, spend);
    const QModelIndex core = section_->tableView()->proxy()->mapToSource(shown);
    QCOMPARE(core.row(), 1);
    QCOMPARE(report.rows[1][0], std::string("PR2"));
    const QString figure = shown.data().toString();
    // A press then a double-click event at the cell, as the window system delivers a
    // double-click (QTest's mouseDClick does not pair up here after the earlier test classes).
    const QPoint at = table->visualRect(shown).center();
    QSignalSpy activated(table, &QAbstractItemView::activated);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QMouseEvent twice(QEvent::MouseButtonDblClick, at, table->viewport()->mapToGlobal(at),
                      Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &twice);
    QCOMPARE(activated.count(), 1);

    SourceRowsDialog* dialog = nullptr;
    waitForDialog(&dialog);
    QVERIFY(dialog != nullptr);
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Rows behind: PR2 · spend"));
    const int tab = drillTabNamed(dialog, "spend");
    QVERIFY(tab >= 0);
    // Its rows are the core's rows of the same cell, and they add up to the figure.
    db::Connection conn = db::open_file(toPath(db_));
    const SourceRows expected =
        source_rows(conn, *source_for_cell(report, 1, static_cast<std::size_t>(spend)), 1000);
    const ReportTableModel* model = dialog->model(tab);
    QVERIFY(model != nullptr);
    const auto& want = expected.tables[static_cast<std::size_t>(tab)].table.rows;
    QCOMPARE(model->rowCount(), static_cast<int>(want.size()));
    QCOMPARE(model->rowCount(), 2);  // the 10 % and the fee
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            QCOMPARE(model->index(r, c).data().toString(),
                     qs(want[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]));
        }
    }
    const QString summary = dialog->summaryLabel(tab)->text();
    QVERIFY2(summary.contains(QStringLiteral("total spend %1").arg(figure)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("matches the report's figure %1").arg(figure)),
             qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("NOT")));
    snapshot(dialog, "drill_down_roi_spend");
    // Its tab exports as CSV: the header and the rows shown.
    dialog->tabs()->setCurrentIndex(tab);
    QString error;
    const QString csv = dir_.filePath(QStringLiteral("spend.csv"));
    QVERIFY2(dialog->exportTo(csv, ReportFileFormat::Csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("promo_id,sku,tactic,fund,pays_on,units,spend\n"));
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(section_->findChild<SourceRowsDialog*>() == nullptr, kTimeoutMs);
    table->sortByColumn(-1, Qt::AscendingOrder);
}

void DrillDownGuiTest::enterOnABrandChannelCell() {
    QListWidget* list = section_->reportList();
    list->setCurrentRow(1);
    QCOMPARE(section_->currentReport(), ReportKind::BrandChannel);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    const ReportTable& report = section_->model()->table();
    QVERIFY(!report.rows.empty());
    const int gross = drillHeaderColumn(report, "gross_sales");
    QTableView* table = section_->tableView()->table();
    const QModelIndex cell = table->model()->index(0, gross);
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Return);

    SourceRowsDialog* dialog = nullptr;
    waitForDialog(&dialog);
    QVERIFY(dialog != nullptr);
    const int tab = drillTabNamed(dialog, "sell-in-rows");
    QVERIFY(tab >= 0);
    const SourceTable& rows = dialog->result().tables[static_cast<std::size_t>(tab)];
    QVERIFY(rows.total_rows > 0);
    QCOMPARE(static_cast<std::size_t>(dialog->model(tab)->rowCount()),
             std::min<std::size_t>(rows.total_rows, SourceRowsDialog::kRowLimit));
    QCOMPARE(qs(rows.total("gross_amount")->text), cell.data().toString());
    QVERIFY(
        dialog->summaryLabel(tab)->text().contains(QStringLiteral("matches the report's figure")));
    dialog->close();
}

namespace uplift::app::test {

int runDrillDownGuiTest(int argc, char** argv) {
    DrillDownGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace uplift::app::test

#include "drill_down_gui_test.moc"
