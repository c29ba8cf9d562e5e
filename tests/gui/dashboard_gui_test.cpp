// The Dashboard section driven offscreen as the finance user "fiona": the tiles show the
// figures the core computes for Finance (reports/kpis.h) once the background run ends, and a
// tile opens the Reports section on the report behind it (a click, or Enter on the tile).
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard_section.h"
#include "db/uplift_file.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "navigation_sidebar.h"
#include "reports/kpis.h"
#include "reports_section.h"
#include "security/action_context.h"
#include "text_conversions.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

class DashboardGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();

    void financeTilesShowTheCoreFigures();
    void clickingATileOpensItsReport();
    void enterOnATileOpensItsReport();

  private:
    void showDashboard();

    QTemporaryDir dir_;
    QString db_;
    std::unique_ptr<MainWindow> window_;
    DashboardSection* section_ = nullptr;
};

void DashboardGuiTest::initTestCase() {
    prepareGuiTestClass(QStringLiteral("UpliftDashboardGuiTest"));
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("dashboard.uplift"));
    QVERIFY(writeTestData(dir_.path(), db_));

    SessionOptions options;
    options.userName = QStringLiteral("fiona");
    options.today = kToday;
    window_ = std::make_unique<MainWindow>(options);
    window_->resize(1300, 860);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openFile(db_));
    section_ = qobject_cast<DashboardSection*>(window_->sectionWidget(Section::Dashboard));
    QVERIFY(section_ != nullptr);
    showDashboard();
}

void DashboardGuiTest::cleanupTestCase() {
    section_ = nullptr;
    window_.reset();
}

void DashboardGuiTest::showDashboard() {
    NavigationSidebar* sidebar = window_->sidebar();
    QListWidgetItem* item = sidebar->itemFor(Section::Dashboard);
    QVERIFY(item != nullptr);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(item).center());
    QVERIFY(section_->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(section_->hasResult() && !section_->isRunning(), kTimeoutMs);
}

void DashboardGuiTest::financeTilesShowTheCoreFigures() {
    db::Connection conn = db::open_file(toPath(db_));
    const ActionContext fiona = load_actor(conn, "fiona", toDate(kToday), "2025-06-02T00:00:00Z");
    const std::vector<Kpi> expected = role_kpis(conn, fiona);
    QCOMPARE(section_->tiles().size(), expected.size());
    for (const char* key : {"fin.utilisation", "fin.claims", "fin.unjustified", "fin.requests"}) {
        QVERIFY2(section_->tile(QLatin1String(key)) != nullptr, key);
    }
    QVERIFY(section_->tile(QStringLiteral("sm.requests")) == nullptr);
    for (const Kpi& k : expected) {
        DashboardTile* t = section_->tile(qs(k.key));
        QVERIFY(t != nullptr);
        QCOMPARE(t->valueLabel()->text(), qs(k.value));
        QVERIFY(!t->detailLabel()->text().isEmpty());
    }
    snapshot(window_.get(), "dashboard_fin");
}

void DashboardGuiTest::clickingATileOpensItsReport() {
    DashboardTile* t = section_->tile(QStringLiteral("fin.unjustified"));
    QVERIFY(t != nullptr);
    QTest::mouseClick(t, Qt::LeftButton, {}, t->rect().center());
    auto* reports = qobject_cast<ReportsSection*>(window_->sectionWidget(Section::Reports));
    QVERIFY(reports != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(reports->isVisible(), kTimeoutMs);
    QVERIFY(!section_->isVisible());
    QCOMPARE(reports->currentReport(), ReportKind::Unjustified);
    QTRY_VERIFY_WITH_TIMEOUT(!reports->isRunning(), kTimeoutMs);
}

void DashboardGuiTest::enterOnATileOpensItsReport() {
    showDashboard();
    DashboardTile* t = section_->tile(QStringLiteral("fin.utilisation"));
    QVERIFY(t != nullptr);
    QCOMPARE(t->focusPolicy(), Qt::StrongFocus);
    t->setFocus();
    QTest::keyClick(t, Qt::Key_Return);
    auto* reports = qobject_cast<ReportsSection*>(window_->sectionWidget(Section::Reports));
    QTRY_VERIFY_WITH_TIMEOUT(reports->isVisible(), kTimeoutMs);
    QCOMPARE(reports->currentReport(), ReportKind::Budget);
    QTRY_VERIFY_WITH_TIMEOUT(!reports->isRunning(), kTimeoutMs);
}

namespace uplift::app::test {

int runDashboardGuiTest(int argc, char** argv) {
    DashboardGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace uplift::app::test

#include "dashboard_gui_test.moc"
