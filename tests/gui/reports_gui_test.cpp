// The Reports section driven offscreen: Promotion ROI runs in the background when the section
// opens and shows the header and cells the core builds for `uplift-cli report roi`; a figure
// column sorts by value; a grouping chosen in "By" runs again; Brand × channel chosen in the
// list shows the core's table for it; the table exports as the CLI's CSV (plain and Russian
// Excel) and as its PDF document.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sstream>

#include "db/uplift_file.h"
#include "discount_choices.h"
#include "filtered_table_view.h"
#include "funds/fund.h"
#include "funds/ledger.h"
#include "gui_fixture.h"
#include "io/csv_writer.h"
#include "item_roles.h"
#include "main_window.h"
#include "navigation_sidebar.h"
#include "pivot_builder.h"
#include "report_chart_view.h"
#include "report_table_model.h"
#include "reports/pivot_run.h"
#include "reports/report_table.h"
#include "reports_section.h"
#include "security/users.h"
#include "sql_console.h"
#include "targets/sales_plan.h"
#include "text_conversions.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

QStringList toQStrings(const std::vector<std::string>& cells) {
    QStringList out;
    for (const std::string& c : cells) {
        out << qs(c);
    }
    return out;
}

QStringList modelHeader(const QAbstractItemModel* m) {
    QStringList out;
    for (int c = 0; c < m->columnCount(); ++c) {
        out << m->headerData(c, Qt::Horizontal).toString();
    }
    return out;
}

QStringList modelRow(const QAbstractItemModel* m, int row) {
    QStringList out;
    for (int c = 0; c < m->columnCount(); ++c) {
        out << m->index(row, c).data().toString();
    }
    return out;
}

std::string csvOf(const ReportTable& t, const char* dialectName) {
    const CsvDialect dialect = *report_csv_dialect(dialectName);
    std::ostringstream out;
    write_csv_start(out, dialect);
    write_csv_row(out, t.header, dialect);
    for (const auto& r : t.rows) {
        write_csv_row(out, r, dialect);
    }
    return out.str();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class ReportsGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();

    void roiShowsTheCoreTable();
    void figureColumnsSortByValue();
    void byRunsAgainWithTheGrouping();
    void brandChannelFromTheList();
    void discountReportsTakeAnAccount();
    void exportsTheCliCsvAndPdf();
    void budgetIsAsOfTodayWithoutDates();
    void postEventSheetOfAPromotion();
    void targetsAndFundActivity();
    void printsTheDocument();
    void statusRegionAndAccountFilters();
    void sqlConsoleFromTheList();
    void savedPivotsInTheList();

  private:
    void expectTable(const ReportTable& expected);

    QTemporaryDir dir_;
    QString db_;
    std::unique_ptr<MainWindow> window_;
    ReportsSection* section_ = nullptr;
};

void ReportsGuiTest::initTestCase() {
    prepareGuiTestClass(QStringLiteral("UpliftReportsGuiTest"));
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("reports.uplift"));
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
    QVERIFY(section_->isVisible());
}

void ReportsGuiTest::cleanupTestCase() {
    section_ = nullptr;
    window_.reset();
}

void ReportsGuiTest::expectTable(const ReportTable& expected) {
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    const ReportTableModel* model = section_->model();
    QCOMPARE(modelHeader(model), toQStrings(expected.header));
    QCOMPARE(model->detailRowCount(), static_cast<int>(expected.rows.size()));
    QCOMPARE(model->rowCount(), static_cast<int>(expected.rows.size() + expected.totals.size()));
    for (int r = 0; r < model->detailRowCount(); ++r) {
        QCOMPARE(modelRow(model, r), toQStrings(expected.rows[static_cast<std::size_t>(r)]));
    }
    // Subtotals and totals follow, bold.
    for (std::size_t t = 0; t < expected.totals.size(); ++t) {
        const int row = model->detailRowCount() + static_cast<int>(t);
        QCOMPARE(modelRow(model, row), toQStrings(expected.totals[t]));
        QVERIFY(model->isTotal(row));
        QVERIFY(model->index(row, 0).data(Qt::FontRole).value<QFont>().bold());
    }
    QStringList notes;
    for (const std::string& n : expected.notes) {
        notes << qs(n);
    }
    QCOMPARE(section_->notesLabel()->text(), notes.join(QLatin1Char('\n')));
}

void ReportsGuiTest::roiShowsTheCoreTable() {
    // Opening the section runs Promotion ROI by promotion over all dates.
    QCOMPARE(section_->currentReport(), ReportKind::Roi);
    QVERIFY(section_->allDatesCheck()->isChecked());
    db::Connection conn = db::open_file(toPath(db_));
    const ReportTable expected = roi_table(
        roi_report(conn, {}, RoiGrouping::Promotion, toDate(kToday)), RoiGrouping::Promotion);
    QCOMPARE(expected.rows.size(), std::size_t{2});
    expectTable(expected);
    // Figures on the right, words on the left.
    const ReportTableModel* model = section_->model();
    QCOMPARE(model->index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
                 Qt::AlignHorizontal_Mask,
             Qt::AlignLeft);
    QCOMPARE(model->index(0, 4).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
                 Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    QVERIFY(section_->tableView()
                ->findChild<QLabel*>(QStringLiteral("rowCountLabel"))
                ->text()
                .contains(QStringLiteral("2")));
    QVERIFY(section_->exportButton()->isEnabled());
    // The chart above the table: the core's ROI bars.
    QVERIFY(expected.chart.has_value());
    QVERIFY(section_->chartView()->isVisibleTo(section_));
    QCOMPARE(section_->chartView()->shown()->labels, expected.chart->labels);
    QCOMPARE(section_->chartView()->chart()->series().size(), 1);
}

void ReportsGuiTest::figureColumnsSortByValue() {
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    // Sorting by spend puts the larger spend first when descending, by value.
    QTableView* table = section_->tableView()->table();
    const int spend =
        static_cast<int>(std::find(section_->model()->table().header.begin(),
                                   section_->model()->table().header.end(), std::string("spend")) -
                         section_->model()->table().header.begin());
    QVERIFY(spend < section_->model()->columnCount());
    table->sortByColumn(spend, Qt::DescendingOrder);
    const QAbstractItemModel* shown = table->model();
    QVERIFY(shown->index(0, spend).data(SortRole).toDouble() >=
            shown->index(1, spend).data(SortRole).toDouble());
    QCOMPARE(shown->index(0, spend).data(SortRole).typeId(), QMetaType::Double);
    QVERIFY(shown->index(0, spend).data().toString() != shown->index(1, spend).data().toString());
    // The total row stays last whichever way the column sorts.
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->index(2, 0).data().toString(), QStringLiteral("Total"));
    table->sortByColumn(spend, Qt::AscendingOrder);
    QVERIFY(shown->index(0, spend).data(SortRole).toDouble() <
            shown->index(1, spend).data(SortRole).toDouble());
    QCOMPARE(shown->index(2, 0).data().toString(), QStringLiteral("Total"));
    // A filter keeps the total, and the count is of the report's rows.
    section_->tableView()->filterEdit()->setText(QStringLiteral("PR2"));
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(shown->index(1, 0).data().toString(), QStringLiteral("Total"));
    QCOMPARE(section_->tableView()->findChild<QLabel*>(QStringLiteral("rowCountLabel"))->text(),
             QStringLiteral("Rows: 1 of 2 (filtered)"));
    section_->tableView()->filterEdit()->clear();
    table->sortByColumn(-1, Qt::AscendingOrder);
}

void ReportsGuiTest::byRunsAgainWithTheGrouping() {
    QComboBox* by = section_->byCombo();
    by->setCurrentIndex(by->findData(QStringLiteral("account")));
    QVERIFY(section_->isRunning() || section_->hasResult());
    db::Connection conn = db::open_file(toPath(db_));
    const ReportTable expected =
        roi_table(roi_report(conn, {}, RoiGrouping::Account, toDate(kToday)), RoiGrouping::Account);
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    expectTable(expected);
    QCOMPARE(section_->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("account"));
    // A brand narrows it, as --brand does.
    QComboBox* brand = section_->brandCombo();
    QVERIFY(brand->findData(QStringLiteral("Crunch")) > 0);
    brand->setCurrentIndex(brand->findData(QStringLiteral("Crunch")));
    RoiFilter crunch;
    crunch.brand = "Crunch";
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    expectTable(roi_table(roi_report(conn, crunch, RoiGrouping::Account, toDate(kToday)),
                          RoiGrouping::Account));
    brand->setCurrentIndex(0);
    by->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
}

void ReportsGuiTest::brandChannelFromTheList() {
    QListWidget* list = section_->reportList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QCOMPARE(section_->currentReport(), ReportKind::BrandChannel);
    QVERIFY(!section_->accountCombo()->isVisible());
    QVERIFY(section_->brandCombo()->isVisible());
    QCOMPARE(section_->byCombo()->currentData().toString(), QStringLiteral("month"));
    db::Connection conn = db::open_file(toPath(db_));
    const ReportTable expected = brand_channel_table(brand_channel_report(conn, {}, Bucket::Month));
    QVERIFY(!expected.rows.empty());
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    expectTable(expected);
    // Dates narrow it, as --from and --to do: nothing sold in 2024.
    section_->allDatesCheck()->setChecked(false);
    section_->fromEdit()->setDate(QDate(2024, 1, 1));
    section_->toEdit()->setDate(QDate(2024, 12, 31));
    QTest::mouseClick(section_->runButton(), Qt::LeftButton);
    BrandChannelFilter year;
    year.from = Date(2024, 1, 1);
    year.to = Date(2024, 12, 31);
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    expectTable(brand_channel_table(brand_channel_report(conn, year, Bucket::Month)));
    section_->allDatesCheck()->setChecked(true);
    // Back to ROI by promotion for the exports.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QCOMPARE(section_->currentReport(), ReportKind::Roi);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    snapshot(window_.get(), "reports-roi");
}

void ReportsGuiTest::discountReportsTakeAnAccount() {
    QListWidget* list = section_->reportList();
    db::Connection conn = db::open_file(toPath(db_));
    // Discount analysis by reason, then by month, as `report discounts --by month`.
    list->setCurrentRow(2);
    QCOMPARE(section_->currentReport(), ReportKind::Discounts);
    QVERIFY(section_->accountCombo()->isVisible());
    QVERIFY(!section_->brandCombo()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    expectTable(discount_analysis_table(analyse_discounts(conn, DiscountDimension::Reason, {}),
                                        DiscountDimension::Reason));
    section_->byCombo()->setCurrentIndex(section_->byCombo()->findData(QStringLiteral("month")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    expectTable(discount_analysis_table(analyse_discounts(conn, DiscountDimension::Month, {}),
                                        DiscountDimension::Month));
    // Unjustified discounts by account × reason × month, for one account and those below it.
    list->setCurrentRow(3);
    QCOMPARE(section_->currentReport(), ReportKind::Unjustified);
    chooseAccount(section_->accountCombo(), QStringLiteral("STORE1"));
    QCOMPARE(section_->request().account, std::string("STORE1"));
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    UnjustifiedFilter store1;
    store1.account = "STORE1";
    expectTable(unjustified_table(find_unjustified_discounts(conn, store1), std::nullopt, true));
    chooseAccount(section_->accountCombo(), QString());
    list->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
}

void ReportsGuiTest::exportsTheCliCsvAndPdf() {
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    db::Connection conn = db::open_file(toPath(db_));
    const ReportTable expected = roi_table(
        roi_report(conn, {}, RoiGrouping::Promotion, toDate(kToday)), RoiGrouping::Promotion);
    QString error;
    const QString csv = dir_.filePath(QStringLiteral("roi.csv"));
    QVERIFY2(section_->exportTo(csv, ReportFileFormat::Csv, &error), qPrintable(error));
    QCOMPARE(readAll(csv), QByteArray::fromStdString(csvOf(expected, "plain")));
    QVERIFY(readAll(csv).startsWith("promo_id,"));
    const QString ru = dir_.filePath(QStringLiteral("roi-ru.csv"));
    QVERIFY2(section_->exportTo(ru, ReportFileFormat::CsvExcelRussian, &error), qPrintable(error));
    QCOMPARE(readAll(ru), QByteArray::fromStdString(csvOf(expected, "excel-ru")));
    QVERIFY(readAll(ru).startsWith("\xEF\xBB\xBFpromo_id;"));

    const QString pdf = dir_.filePath(QStringLiteral("roi.pdf"));
    QVERIFY2(section_->exportTo(pdf, ReportFileFormat::Pdf, &error), qPrintable(error));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(kTimeoutMs));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(body.contains(qs(expected.title)), qPrintable(body));
        QVERIFY2(body.contains(qs(expected.rows[1][4])), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("PR2")));
        QVERIFY(body.contains(QStringLiteral("Page 1 of 1")));
    }
    // A file that cannot be written is refused and nothing is left behind.
    const QString bad = dir_.filePath(QStringLiteral("missing/roi.csv"));
    QVERIFY(!section_->exportTo(bad, ReportFileFormat::Csv, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(bad));
}

namespace uplift::app::test {

int runReportsGuiTest(int argc, char** argv) {
    ReportsGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace uplift::app::test

void ReportsGuiTest::budgetIsAsOfTodayWithoutDates() {
    QListWidget* list = section_->reportList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(4)).center());
    QCOMPARE(section_->currentReport(), ReportKind::Budget);
    // As of today: the dates do not apply; brand and channel do.
    QVERIFY(!section_->allDatesCheck()->isEnabled());
    QVERIFY(!section_->fromEdit()->isEnabled());
    QVERIFY(section_->brandCombo()->isVisible());
    db::Connection conn = db::open_file(toPath(db_));
    expectTable(
        budget_table({{"", budget_vs_actual(conn, {}, toDate(kToday))}}, false, true, true));
    QVERIFY(section_->notesLabel()->text().contains(QStringLiteral("expected")));
    QComboBox* by = section_->byCombo();
    by->setCurrentIndex(by->findData(QStringLiteral("quarter")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    expectTable(budget_table(budget_vs_actual_by(conn, {}, Bucket::Quarter, toDate(kToday)), true,
                             true, true));
    QCOMPARE(section_->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("period"));
}

void ReportsGuiTest::postEventSheetOfAPromotion() {
    QListWidget* list = section_->reportList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(5)).center());
    QCOMPARE(section_->currentReport(), ReportKind::PostEvent);
    QVERIFY(section_->promotionCombo()->isVisible());
    QVERIFY(!section_->accountCombo()->isVisible());
    QComboBox* promotion = section_->promotionCombo();
    promotion->setCurrentIndex(promotion->findData(QStringLiteral("PR2")));
    db::Connection conn = db::open_file(toPath(db_));
    const PostEventSheet sheet = post_event_sheet(conn, "PR2", toDate(kToday));
    expectTable(post_event_table(sheet, false));
    // The waterfall of the same promotion, ending in its profit.
    QComboBox* by = section_->byCombo();
    by->setCurrentIndex(by->findData(QStringLiteral("waterfall")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    expectTable(post_event_table(sheet, true));
    QCOMPARE(section_->model()->index(5, 0).data().toString(),
             QStringLiteral("Incremental profit"));
    // Above it the waterfall itself: six floating bars.
    QVERIFY(section_->chartView()->isVisibleTo(section_));
    QVERIFY(section_->chartView()->shown()->waterfall);
    QCOMPARE(section_->chartView()->shown()->labels.size(), std::size_t{6});
}

void ReportsGuiTest::targetsAndFundActivity() {
    // Targets for March 2025 and a fund with an allocation, added after the section opened:
    // reload() offers the new fund.
    const QString targets = dir_.filePath(QStringLiteral("targets.csv"));
    QVERIFY(writeFile(targets,
                      "period,account,brand,units,value\n"
                      "2025-03,STORE1,Fizz,150,180.00\n"
                      "2025-03,STORE2,Fizz,30,63.00\n"));
    {
        db::Connection conn = db::open_file(toPath(db_));
        const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
        import_file(conn, admin, ImportKind::Targets, toPath(targets));
        FundSpec spec;
        spec.name = "Fizz 2025";
        spec.brand = "Fizz";
        create_fund(conn, admin, spec);
        allocate(conn, admin, "Fizz 2025", 500000, "annual budget");
    }
    section_->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);

    QListWidget* list = section_->reportList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(6)).center());
    QCOMPARE(section_->currentReport(), ReportKind::Targets);
    QVERIFY(section_->accountCombo()->isVisible());
    QVERIFY(section_->brandCombo()->isVisible());
    QVERIFY(!section_->channelCombo()->isVisible());
    QVERIFY(!section_->allDatesCheck()->isEnabled());
    db::Connection conn = db::open_file(toPath(db_));
    const ReportTable perTarget = targets_table(target_report(conn, {}, TargetGrouping::Key),
                                                TargetGrouping::Key, stockout_risks(conn));
    QCOMPARE(perTarget.rows.size(), std::size_t{2});
    expectTable(perTarget);
    QComboBox* by = section_->byCombo();
    by->setCurrentIndex(by->findData(QStringLiteral("rep")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    expectTable(targets_table(target_report(conn, {}, TargetGrouping::Rep), TargetGrouping::Rep,
                              stockout_risks(conn)));

    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(7)).center());
    QCOMPARE(section_->currentReport(), ReportKind::FundActivity);
    QVERIFY(section_->fundCombo()->isVisible());
    QVERIFY(!section_->byCombo()->isVisible());
    QComboBox* fund = section_->fundCombo();
    fund->setCurrentIndex(fund->findData(QStringLiteral("Fizz 2025")));
    const auto found = find_fund(conn, "Fizz 2025");
    QVERIFY(found.has_value());
    const ReportTable activity = fund_activity_table("Fizz 2025", fund_entries(conn, found->id));
    expectTable(activity);
    QVERIFY(!section_->chartView()->isVisibleTo(section_));  // a ledger has no chart
    QVERIFY(section_->model()->rowCount() >= 1);
    bool allocated = false;
    for (int r = 0; r < section_->model()->rowCount(); ++r) {
        allocated = allocated || modelRow(section_->model(), r).contains(QStringLiteral("5000.00"));
    }
    QVERIFY2(allocated, "the allocation of 5000.00 is a row of the fund's ledger");
}

void ReportsGuiTest::printsTheDocument() {
    // Printing draws the PDF document on the printer's pages: printed to a file, its text holds
    // the title, the figures and the page numbers.
    QListWidget* list = section_->reportList();
    list->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    QVERIFY(section_->printButton()->isEnabled());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString out = dir_.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(out);
    QString error;
    QVERIFY2(section_->printTo(printer, &error), qPrintable(error));
    QVERIFY(readAll(out).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(kTimeoutMs));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        const ReportTable& shown = section_->model()->table();
        QVERIFY2(body.contains(qs(shown.title)), qPrintable(body));
        QVERIFY2(body.contains(qs(shown.rows[1][4])), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("Page 1 of 1")));
    }
}

void ReportsGuiTest::statusRegionAndAccountFilters() {
    // ROI takes a status and an account (with those below it), as --status and --account do.
    QListWidget* list = section_->reportList();
    list->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    QVERIFY(section_->statusCombo()->isVisible());
    QVERIFY(section_->accountCombo()->isVisible());
    QVERIFY(!section_->regionCombo()->isVisible());
    db::Connection conn = db::open_file(toPath(db_));
    QComboBox* status = section_->statusCombo();
    status->setCurrentIndex(status->findData(QStringLiteral("draft")));
    RoiFilter drafts;
    drafts.status = "draft";
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    const ReportTable draftTable = roi_table(
        roi_report(conn, drafts, RoiGrouping::Promotion, toDate(kToday)), RoiGrouping::Promotion);
    QCOMPARE(draftTable.rows.size(), std::size_t{2});  // both promotions are drafts
    expectTable(draftTable);
    status->setCurrentIndex(status->findData(QStringLiteral("approved")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    QCOMPARE(section_->model()->rowCount(), 0);
    status->setCurrentIndex(0);
    chooseAccount(section_->accountCombo(), QStringLiteral("STORE2"));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    RoiFilter store2;
    store2.account = "STORE2";
    expectTable(roi_table(roi_report(conn, store2, RoiGrouping::Promotion, toDate(kToday)),
                          RoiGrouping::Promotion));
    QCOMPARE(section_->model()->rowCount(), 1);
    chooseAccount(section_->accountCombo(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);

    // Brand × channel takes a region (STORE1 and STORE2 are in the South).
    list->setCurrentRow(1);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    QVERIFY(section_->regionCombo()->isVisible());
    QVERIFY(!section_->statusCombo()->isVisible());
    QComboBox* region = section_->regionCombo();
    QVERIFY(region->findData(QStringLiteral("North")) > 0);
    region->setCurrentIndex(region->findData(QStringLiteral("North")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    QCOMPARE(section_->model()->rowCount(), 0);
    region->setCurrentIndex(region->findData(QStringLiteral("South")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    BrandChannelFilter south;
    south.region = "South";
    expectTable(brand_channel_table(brand_channel_report(conn, south, Bucket::Month)));
    QVERIFY(section_->model()->rowCount() > 0);
    region->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    // And a category (Beverages is Fizz; Snacks sold nothing here).
    QComboBox* category = section_->categoryCombo();
    QVERIFY(category->isVisible());
    category->setCurrentIndex(category->findData(QStringLiteral("Snacks")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    QCOMPARE(section_->model()->rowCount(), 0);
    category->setCurrentIndex(category->findData(QStringLiteral("Beverages")));
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
    BrandChannelFilter beverages;
    beverages.category = "Beverages";
    expectTable(brand_channel_table(brand_channel_report(conn, beverages, Bucket::Month)));
    QVERIFY(section_->model()->rowCount() > 0);
    category->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!section_->isRunning(), kTimeoutMs);
}

void ReportsGuiTest::sqlConsoleFromTheList() {
    // "SQL console" under Ad-hoc opens the console in place of the report; Ctrl+Enter runs.
    section_->showSqlConsole();
    QCOMPARE(section_->currentPage(), ReportsPage::SqlConsole);
    SqlConsole* console = section_->sqlConsole();
    QVERIFY(console != nullptr);
    QVERIFY(console->isVisible());
    QVERIFY(!section_->tableView()->isVisible());
    console->editor()->setPlainText(
        QStringLiteral("SELECT account, sum(units) AS units FROM v_actuals GROUP BY account "
                       "ORDER BY account"));
    QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(console->hasResult() && !console->isRunning(), kTimeoutMs);
    QCOMPARE(console->model()->rowCount(), 2);
    QCOMPARE(console->model()->index(0, 0).data().toString(), QStringLiteral("STORE1"));
    QCOMPARE(console->model()->index(0, 1).data().toString(), QStringLiteral("130"));
    // Back to a standard report.
    section_->setCurrentReport(ReportKind::Roi);
    QCOMPARE(section_->currentPage(), ReportsPage::Standard);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    QVERIFY(section_->tableView()->isVisible());
}

void ReportsGuiTest::savedPivotsInTheList() {
    // "Pivot" under Ad-hoc opens the builder; a layout saved there is listed under it, and
    // choosing it opens and runs it.
    QListWidget* list = section_->reportList();
    int pivotRow = -1;
    for (int r = 0; r < list->count(); ++r) {
        if (list->item(r)->text() == QStringLiteral("Pivot")) {
            pivotRow = r;
        }
    }
    QVERIFY(pivotRow > 0);
    list->setCurrentRow(pivotRow);
    QCOMPARE(section_->currentPage(), ReportsPage::Pivot);
    PivotBuilder* builder = section_->pivotBuilder();
    QVERIFY(builder != nullptr);
    QVERIFY(builder->isVisible());
    PivotLayout layout;
    layout.source = "v_sales_weekly";
    layout.rows = {"brand"};
    layout.columns = {"month"};
    layout.values = {parse_pivot_value("sum:gross_amount")};
    builder->setPivotLayout(layout);
    QVERIFY(builder->saveLayoutAs(QStringLiteral("Sales by month")));
    QTRY_COMPARE_WITH_TIMEOUT(list->item(pivotRow + 1)->text().trimmed(),
                              QStringLiteral("Sales by month"), kTimeoutMs);
    // Elsewhere, then back through the saved entry: the layout opens and runs.
    section_->setCurrentReport(ReportKind::Roi);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
    PivotLayout other = layout;
    other.rows = {"channel"};
    builder->setPivotLayout(other);
    list->setCurrentRow(pivotRow + 1);
    QCOMPARE(section_->currentPage(), ReportsPage::Pivot);
    QCOMPARE(builder->pivotLayout().rows, std::vector<std::string>{"brand"});
    QTRY_VERIFY_WITH_TIMEOUT(builder->hasResult() && !builder->isRunning(), kTimeoutMs);
    const ReportTable expected = run_pivot(toPath(db_), layout);
    QCOMPARE(builder->model()->rowCount(),
             static_cast<int>(expected.rows.size() + expected.totals.size()));
    QCOMPARE(modelRow(builder->model(), 0), toQStrings(expected.rows[0]));
    // Fizz sold 144.00 + 84.00 + 11.00 in March 2025.
    QVERIFY(modelRow(builder->model(), 0).contains(QStringLiteral("239.00")));
    section_->setCurrentReport(ReportKind::Roi);
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
}

#include "reports_gui_test.moc"
