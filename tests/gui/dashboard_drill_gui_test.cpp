// A brand manager's dashboard driven offscreen: the tiles and charts show what the core
// computes (reports/kpis.h); clicking the brand ROI tile opens the Reports section on the ROI
// report by brand, already filtered to the brand and the 12 months, and its table is the core's
// table for that request; clicking the brand's bar opens ROI by promotion for that brand.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard_chart_view.h"
#include "dashboard_section.h"
#include "db/uplift_file.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "navigation_sidebar.h"
#include "report_table_model.h"
#include "reports/kpis.h"
#include "reports_section.h"
#include "security/action_context.h"
#include "security/users.h"
#include "sparkline_widget.h"
#include "text_conversions.h"
#include "workflows/imports.h"
#include "workflows/promotion_workflows.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

class DashboardDrillGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();

    void brandManagerSeesTilesAndCharts();
    void brandRoiTileOpensTheFilteredReport();
    void aBrandBarOpensItsPromotions();

  private:
    void showDashboard();
    ReportsSection* reports() const;
    // The core's table for the request the Reports section shows.
    ReportTable coreTable(const ReportRequest& r) const;

    QTemporaryDir dir_;
    QString db_;
    std::unique_ptr<MainWindow> window_;
    DashboardSection* section_ = nullptr;
    Dashboard expected_;
};

void DashboardDrillGuiTest::initTestCase() {
    prepareGuiTestClass(QStringLiteral("UpliftDashboardDrillGuiTest"));
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("dashboard-bm.uplift"));
    QVERIFY(writeTestData(dir_.path(), db_));
    {
        // Bruno manages Fizz; a promotion of Fizz in store in May, with sales before and in it.
        db::Connection conn = db::open_file(toPath(db_));
        const ActionContext admin =
            load_actor(conn, "admin", toDate(kToday), "2025-06-02T00:00:00Z");
        add_user(conn, admin, "bruno", {Role::BrandManager}, "Bruno Brand");
        conn.exec_script(
            "UPDATE brands SET manager_id = (SELECT id FROM users WHERE name = 'bruno') "
            "WHERE name = 'Fizz'");
        import_file(conn, admin, ImportKind::Actuals,
                    toPath(dir_.filePath(QStringLiteral("actuals.csv"))));
        PromotionDraft d;
        d.code = "PX1";
        d.account = "STORE1";
        d.instore = {Date(2025, 3, 3), Date(2025, 3, 16)};
        d.skus = {"P001", "P003"};
        d.discount_pct_units = 100'000;  // 10 %
        d.fixed_cost_cents = 1'000;
        create_promotion(conn, admin, d);
        expected_ = role_dashboard(conn, load_actor(conn, "bruno", toDate(kToday), "x"));
    }
    SessionOptions options;
    options.userName = QStringLiteral("bruno");
    options.today = kToday;
    window_ = std::make_unique<MainWindow>(options);
    window_->resize(1300, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openFile(db_));
    section_ = qobject_cast<DashboardSection*>(window_->sectionWidget(Section::Dashboard));
    QVERIFY(section_ != nullptr);
    showDashboard();
}

void DashboardDrillGuiTest::cleanupTestCase() {
    section_ = nullptr;
    window_.reset();
}

void DashboardDrillGuiTest::showDashboard() {
    NavigationSidebar* sidebar = window_->sidebar();
    QListWidgetItem* item = sidebar->itemFor(Section::Dashboard);
    QVERIFY(item != nullptr);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(item).center());
    QVERIFY(section_->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
}

ReportsSection* DashboardDrillGuiTest::reports() const {
    return qobject_cast<ReportsSection*>(window_->sectionWidget(Section::Reports));
}

ReportTable DashboardDrillGuiTest::coreTable(const ReportRequest& r) const {
    db::Connection conn = db::open_file(toPath(db_));
    return runReport(conn, r, toDate(kToday));
}

void DashboardDrillGuiTest::brandManagerSeesTilesAndCharts() {
    QCOMPARE(section_->tiles().size(), expected_.tiles.size());
    for (const Kpi& k : expected_.tiles) {
        DashboardTile* t = section_->tile(qs(k.key));
        QVERIFY2(t != nullptr, k.key.c_str());
        QCOMPARE(t->valueLabel()->text(), DashboardTile::displayedValue(k));
        QVERIFY(!t->changeLabel()->text().isEmpty());
        QCOMPARE(t->sparkline()->values().size(), k.sparkline.size());
    }
    DashboardTile* roi = section_->tile(QStringLiteral("bm.roi"));
    QVERIFY(roi != nullptr);
    QVERIFY(roi->valueLabel()->text().endsWith(QLatin1String(" %")));
    QCOMPARE(section_->charts().size(), std::size_t{2});
    DashboardChartView* byBrand = section_->chart(QStringLiteral("bm.roi_by_brand"));
    QVERIFY(byBrand != nullptr);
    QCOMPARE(byBrand->data().categories, std::vector<std::string>{"Fizz"});
    snapshot(window_.get(), "dashboard_bm");
}

void DashboardDrillGuiTest::brandRoiTileOpensTheFilteredReport() {
    DashboardTile* t = section_->tile(QStringLiteral("bm.roi"));
    QVERIFY(t != nullptr);
    QTest::mouseClick(t, Qt::LeftButton, {}, t->rect().center());
    ReportsSection* r = reports();
    QTRY_VERIFY_WITH_TIMEOUT(r->isVisible(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!r->isRunning() && r->hasResult(), kTimeoutMs);
    QCOMPARE(r->currentReport(), ReportKind::Roi);
    QCOMPARE(r->byCombo()->currentData().toString(), QStringLiteral("brand"));
    QCOMPARE(r->brandCombo()->currentData().toString(), QStringLiteral("Fizz"));
    QVERIFY(!r->allDatesCheck()->isChecked());
    QCOMPARE(r->fromEdit()->date(), QDate(2024, 7, 1));
    QCOMPARE(r->toEdit()->date(), kToday);
    const ReportRequest asked = r->request();
    QCOMPARE(asked.brand, std::string("Fizz"));
    const ReportTable expected = coreTable(asked);
    QCOMPARE(r->model()->table().rows, expected.rows);
    QCOMPARE(r->model()->table().rows.size(), std::size_t{1});
    // The tile's figure is the report's, to the cent.
    const auto roiColumn = std::find(expected.header.begin(), expected.header.end(), "roi_pct") -
                           expected.header.begin();
    const Kpi& tile = section_->tile(QStringLiteral("bm.roi"))->kpi();
    QCOMPARE(qs(expected.rows[0][static_cast<std::size_t>(roiColumn)] + " %"), qs(tile.value));
}

void DashboardDrillGuiTest::aBrandBarOpensItsPromotions() {
    showDashboard();
    DashboardChartView* byBrand = section_->chart(QStringLiteral("bm.roi_by_brand"));
    QVERIFY(byBrand != nullptr);
    byBrand->ensurePolished();
    QTRY_VERIFY_WITH_TIMEOUT(byBrand->isVisible(), kTimeoutMs);
    QTest::mouseClick(byBrand->viewport(), Qt::LeftButton, {}, byBrand->barCentre(0));
    ReportsSection* r = reports();
    QTRY_VERIFY_WITH_TIMEOUT(r->isVisible(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!r->isRunning() && r->hasResult(), kTimeoutMs);
    QCOMPARE(r->currentReport(), ReportKind::Roi);
    QCOMPARE(r->byCombo()->currentData().toString(), QStringLiteral("promotion"));
    QCOMPARE(r->brandCombo()->currentData().toString(), QStringLiteral("Fizz"));
    const ReportTable expected = coreTable(r->request());
    QCOMPARE(r->model()->table().rows, expected.rows);
    QCOMPARE(qs(r->model()->table().rows.at(0).at(0)), QStringLiteral("PX1"));
}

namespace uplift::app::test {

int runDashboardDrillGuiTest(int argc, char** argv) {
    DashboardDrillGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace uplift::app::test

#include "dashboard_drill_gui_test.moc"
