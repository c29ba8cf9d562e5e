// The Promotions section driven offscreen: the calendar paints one bar per promotion where the
// core says it belongs, shows the core's figures on hover and opens the editor on a
// double-click; the editor recomputes the P&L through the core when the depth changes, and
// undo puts the previous depth back (in the file too).
#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>

#include "db/uplift_file.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "navigation_sidebar.h"
#include "pnl_panel.h"
#include "promotion_calendar.h"
#include "promotion_editor.h"
#include "promotion_filter_bar.h"
#include "promotion_header.h"
#include "promotion_lines_model.h"
#include "promotions/promotion_store.h"
#include "promotions_section.h"
#include "reason_dialog.h"
#include "scenarios_tab.h"
#include "security/audit.h"
#include "text_conversions.h"
#include "units_chart.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

bool writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// Weekly sell-in of STORE1 × P001/P002 before PX1 (so its plan has a baseline) and of
// STORE2 × P002 around PX3 (so it has post-event figures).
QByteArray actualsCsv() {
    QByteArray csv = "week,account,sku,units,gross_amount\n";
    for (QDate w(2025, 1, 6); w <= QDate(2025, 5, 26); w = w.addDays(7)) {
        const QByteArray week = w.toString(Qt::ISODate).toUtf8();
        csv += week + ",STORE1,P001,100,120.00\n";
        csv += week + ",STORE1,P002,40,84.00\n";
        const bool promoted = w >= QDate(2025, 3, 3) && w <= QDate(2025, 3, 10);
        csv += week + ",STORE2,P002," + (promoted ? "90,170.10\n" : "50,105.00\n");
    }
    return csv;
}

const QByteArray kPromotions =
    "promo_id,account,sku,start,end,discount_pct,fixed_cost,fund,planned_units,campaign,status\n"
    "PX1,STORE1,P001,2025-06-16,2025-06-29,20,100.00,,,Summer 2025,draft\n"
    "PX1,STORE1,P002,2025-06-16,2025-06-29,20,100.00,,,Summer 2025,draft\n"
    "PX2,STORE1,P001,2025-06-23,2025-07-06,15,0,,,Summer 2025,draft\n"
    "PX3,STORE2,P002,2025-03-03,2025-03-16,10,0,,,Spring 2025,closed\n"
    "PX4,STORE3,P004,2025-09-01,2025-09-14,25,0,,,Autumn 2025,submitted\n";

}  // namespace

class PromotionGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void calendarPaintsOneBarPerPromotionWhereTheCoreSays();
    void calendarTooltipShowsTheCoresFigures();
    void calendarFollowsFiltersRowModeZoomAndFolding();
    void doubleClickOnABarOpensTheEditor();
    void listShowsEveryPromotionAndFilters();
    void editingDepthRecomputesThePnlAndUndoRestoresIt();
    void manualForecastOverridesTheModelAndUndoReturnsIt();
    void lifeCycleActionsFollowTheCore();
    void scenariosCompareSideBySideAndUseThisChoosesOne();
    void financeSeesTheLinesReadOnlyAndApproves();
    void russianTranslationCoversThePromotionScreens();

  private:
    PromotionsSection* openSection();
    PromotionEditor* openEditor(const QString& code);
    std::int64_t depthInFile(const std::string& code, const std::string& sku);

    QTemporaryDir dir_;
    QString template_;  // the file as imported
    QString db_;        // this test's own copy
    std::unique_ptr<MainWindow> window_;
};

void PromotionGuiTest::initTestCase() {
    prepareGuiTestClass(QStringLiteral("UpliftPromotionGuiTest"));
    QVERIFY(dir_.isValid());
    template_ = dir_.filePath(QStringLiteral("promotions.uplift"));
    QVERIFY(writeTestData(dir_.path(), template_));
    QVERIFY(writeText(dir_.filePath(QStringLiteral("promo_actuals.csv")), actualsCsv()));
    QVERIFY(writeText(dir_.filePath(QStringLiteral("promotions.csv")), kPromotions));
    db::Connection conn = db::open_file(toPath(template_));
    const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
    import_file(conn, admin, ImportKind::Actuals,
                toPath(dir_.filePath(QStringLiteral("promo_actuals.csv"))));
    import_file(conn, admin, ImportKind::Promotions,
                toPath(dir_.filePath(QStringLiteral("promotions.csv"))));
    QCOMPARE(load_promotions(conn).size(), std::size_t{4});
}

void PromotionGuiTest::init() {
    // Every test starts from the file as imported.
    db_ = dir_.filePath(QStringLiteral("%1.uplift").arg(QTest::currentTestFunction()));
    QVERIFY(QFile::copy(template_, db_));
    QSettings().clear();
    SessionOptions options;
    options.today = kToday;
    window_ = std::make_unique<MainWindow>(options);
    window_->resize(1300, 820);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openFile(db_));
}

void PromotionGuiTest::cleanup() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w) != nullptr) {
            w->close();
        }
    }
    window_.reset();
}

PromotionsSection* PromotionGuiTest::openSection() {
    NavigationSidebar* sidebar = window_->sidebar();
    QListWidgetItem* item = sidebar->itemFor(Section::Promotions);
    if (item == nullptr) {
        return nullptr;
    }
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(item).center());
    return qobject_cast<PromotionsSection*>(window_->sectionWidget(Section::Promotions));
}

PromotionEditor* PromotionGuiTest::openEditor(const QString& code) {
    PromotionsSection* section = openSection();
    return section == nullptr ? nullptr : section->openEditor(code);
}

std::int64_t PromotionGuiTest::depthInFile(const std::string& code, const std::string& sku) {
    db::Connection conn = db::open_file(toPath(db_));
    const auto p = load_promotion(conn, code);
    std::int64_t line = 0;
    for (const auto& l : p->lines) {
        if (l.sku == sku) {
            line = l.id;
        }
    }
    std::int64_t depth = -1;
    for (const auto& t : p->tactics) {
        if (t.kind != TacticKind::DiscountPct) {
            continue;
        }
        for (const auto& term : t.terms) {
            if (term.period.contains(p->instore.first) &&
                (!term.line_id || *term.line_id == line)) {
                depth = term.value;
            }
        }
    }
    return depth;
}

void PromotionGuiTest::calendarPaintsOneBarPerPromotionWhereTheCoreSays() {
    PromotionsSection* section = openSection();
    QVERIFY(section != nullptr);
    section->showCalendar();
    PromotionCalendar* calendar = section->calendar();
    QTRY_VERIFY(calendar->isVisible());
    const CalendarLayout& layout = calendar->calendarLayout();

    // One bar per promotion, on its account's row, accounts grouped by channel.
    QCOMPARE(layout.bars().size(), std::size_t{4});
    QStringList rows;
    for (const CalendarRow& r : layout.rows()) {
        rows << (r.group ? QStringLiteral("[%1]").arg(r.key) : r.key);
    }
    QCOMPARE(rows, QStringList({QStringLiteral("[Modern]"), QStringLiteral("STORE2"),
                                QStringLiteral("[Traditional]"), QStringLiteral("STORE1"),
                                QStringLiteral("STORE3")}));
    const auto barOf = [&](const QString& code) {
        const auto bars = layout.barsOf(section->catalog().rowOf(code));
        return bars.size() == 1 ? bars.front() : -1;
    };
    const int px1 = barOf(QStringLiteral("PX1"));
    const int px2 = barOf(QStringLiteral("PX2"));
    QVERIFY(px1 >= 0 && px2 >= 0);
    // PX1 and PX2 overlap in time on STORE1: two lanes of one row, PX2 starting a week later.
    const CalendarBar& b1 = layout.bars()[static_cast<std::size_t>(px1)];
    const CalendarBar& b2 = layout.bars()[static_cast<std::size_t>(px2)];
    QCOMPARE(b1.row, b2.row);
    QVERIFY(b1.lane != b2.lane);
    QCOMPARE(layout.rows()[static_cast<std::size_t>(b1.row)].lanes, 2);
    const QRect r1 = calendar->barRect(px1);
    const QRect r2 = calendar->barRect(px2);
    const int week = calendar->weekWidth();
    QVERIFY2(std::abs(r1.width() - 2 * week) <= 2, qPrintable(QString::number(r1.width())));
    QVERIFY(std::abs((r2.left() - r1.left()) - week) <= 1);
    QVERIFY(r2.top() > r1.top());
    // The ship period starts 14 days before the in-store period, as the core set it.
    QCOMPARE(b1.startDay - b1.shipStartDay, qint64{14});

    // The first view shows today and the bars near it, and paints no more than it shows.
    calendar->ensureBarVisible(px1);
    QVERIFY(calendar->viewport()->rect().contains(calendar->barRect(px1).center()));
    calendar->viewport()->repaint();
    QVERIFY(calendar->paintedBars() >= 2);
    QVERIFY(calendar->paintedBars() <= 4);
    snapshot(window_.get(), "promotion_calendar");
}

void PromotionGuiTest::calendarTooltipShowsTheCoresFigures() {
    PromotionsSection* section = openSection();
    section->showCalendar();
    PromotionCalendar* calendar = section->calendar();
    QTRY_VERIFY(calendar->isVisible());
    const int px1 =
        calendar->calendarLayout().barsOf(section->catalog().rowOf(QStringLiteral("PX1"))).front();
    calendar->ensureBarVisible(px1);
    const QPoint at = calendar->barRect(px1).center();
    QHelpEvent help(QEvent::ToolTip, at, calendar->viewport()->mapToGlobal(at));
    QApplication::sendEvent(calendar->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("PX1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Planned spend")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("% off list 20")), qPrintable(text));
    // PX2 runs on P001 in the same weeks: the core reports the overlap, the tooltip names it.
    QVERIFY2(text.contains(QStringLiteral("Overlaps PX2 on P001")), qPrintable(text));
    QToolTip::hideText();

    // A closed promotion with actuals shows its post-event ROI.
    section->filterBar()->setAccount(QStringLiteral("STORE2"));
    QCOMPARE(calendar->calendarLayout().bars().size(), std::size_t{1});
    calendar->ensureBarVisible(0);
    const QPoint at3 = calendar->barRect(0).center();
    QHelpEvent help3(QEvent::ToolTip, at3, calendar->viewport()->mapToGlobal(at3));
    QApplication::sendEvent(calendar->viewport(), &help3);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("post-event ROI")),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void PromotionGuiTest::calendarFollowsFiltersRowModeZoomAndFolding() {
    PromotionsSection* section = openSection();
    section->showCalendar();
    PromotionCalendar* calendar = section->calendar();
    QTRY_VERIFY(calendar->isVisible());

    section->filterBar()->setStatuses({PromotionStatus::Submitted});
    QCOMPARE(calendar->calendarLayout().bars().size(), std::size_t{1});
    section->filterBar()->clear();
    QCOMPARE(calendar->calendarLayout().bars().size(), std::size_t{4});
    section->filterBar()->setBrand(QStringLiteral("Crunch"));
    QCOMPARE(calendar->calendarLayout().bars().size(), std::size_t{1});
    section->filterBar()->clear();

    // Brands: one row per brand, grouped by category.
    calendar->setRowMode(CalendarRows::Brands);
    QStringList rows;
    for (const CalendarRow& r : calendar->calendarLayout().rows()) {
        rows << r.key;
    }
    QCOMPARE(rows, QStringList({QStringLiteral("Beverages"), QStringLiteral("Fizz"),
                                QStringLiteral("Snacks"), QStringLiteral("Crunch")}));
    QCOMPARE(calendar->calendarLayout().bars().size(), std::size_t{4});

    // Folding a group hides its rows' bars; a click on its header unfolds it again.
    calendar->toggleGroup(QStringLiteral("Beverages"));
    QCOMPARE(calendar->calendarLayout().bars().size(), std::size_t{1});
    calendar->verticalScrollBar()->setValue(0);
    const QPoint header(20, PromotionCalendar::kHeaderHeight + 5);
    QTest::mouseClick(calendar->viewport(), Qt::LeftButton, {}, header);
    QCOMPARE(calendar->calendarLayout().bars().size(), std::size_t{4});

    // Zoom: a year fits where a quarter did, and the bars shrink with it.
    const int bar = 0;
    const int quarterWidth = calendar->barRect(bar).width();
    calendar->setZoom(PromotionCalendar::Zoom::Year);
    QVERIFY(calendar->barRect(bar).width() * 3 < quarterWidth);
    snapshot(window_.get(), "promotion_calendar_year_brands");
}

void PromotionGuiTest::doubleClickOnABarOpensTheEditor() {
    PromotionsSection* section = openSection();
    section->showCalendar();
    PromotionCalendar* calendar = section->calendar();
    QTRY_VERIFY(calendar->isVisible());
    const int px1 =
        calendar->calendarLayout().barsOf(section->catalog().rowOf(QStringLiteral("PX1"))).front();
    calendar->ensureBarVisible(px1);
    QTest::mouseDClick(calendar->viewport(), Qt::LeftButton, {}, calendar->barRect(px1).center());
    PromotionEditor* editor = section->editor(QStringLiteral("PX1"));
    QVERIFY(editor != nullptr);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->findChild<QLabel*>(QStringLiteral("promotionTitle"))
                ->text()
                .startsWith(QStringLiteral("PX1")));
    QCOMPARE(editor->linesModel()->rowCount(), 2);
    // Opening it again raises the same window.
    QCOMPARE(section->openEditor(QStringLiteral("PX1")), editor);
    editor->close();
}

void PromotionGuiTest::listShowsEveryPromotionAndFilters() {
    PromotionsSection* section = openSection();
    section->showList();
    QTableView* table = window_->findChild<QTableView*>(QStringLiteral("promotionsTable"));
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 4);
    const int row = viewRowOf(table->model(), 0, QStringLiteral("PX4"));
    QVERIFY(row >= 0);
    QCOMPARE(table->model()->index(row, 6).data().toString(), QStringLiteral("Submitted"));
    QCOMPARE(table->model()->index(row, 8).data().toString(), QStringLiteral("25\u00a0%"));
    section->filterBar()->setStatuses({PromotionStatus::Draft});
    QCOMPARE(table->model()->rowCount(), 2);
    section->filterBar()->setPeriod(QDate(2025, 7, 1), QDate());
    QCOMPARE(table->model()->rowCount(), 1);  // PX2 runs into July
    snapshot(window_.get(), "promotion_list");
}

void PromotionGuiTest::editingDepthRecomputesThePnlAndUndoRestoresIt() {
    PromotionEditor* editor = openEditor(QStringLiteral("PX1"));
    QVERIFY(editor != nullptr);
    QTRY_VERIFY(editor->isVisible());
    PnlPanel* pnl = editor->pnlPanel();
    const QString spend = pnl->text(PnlPanel::Figure::TradeSpend);
    const QString gross = pnl->text(PnlPanel::Figure::GrossSales);
    const QString roi = pnl->text(PnlPanel::Figure::Roi);
    QVERIFY(!spend.isEmpty() && spend != QStringLiteral("0.00"));
    QCOMPARE(depthInFile("PX1", "P001"), std::int64_t{200000});
    QVERIFY(editor->chart()->pointCount() > 0);
    snapshot(editor, "promotion_editor");

    // Type the new depth into the lines table, as a user does.
    QTableView* lines = editor->linesView();
    const int row = editor->linesModel()->rowOfSku(QStringLiteral("P001"));
    const QModelIndex depth = lines->model()->index(row, PromotionLinesModel::Depth);
    QCOMPARE(depth.data().toString(), QStringLiteral("20\u00a0%"));
    lines->setCurrentIndex(depth);
    lines->edit(depth);
    auto* edit = qobject_cast<QLineEdit*>(lines->indexWidget(depth));
    QVERIFY(edit != nullptr);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("30"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(depth.data().toString(), QStringLiteral("30\u00a0%"));
    QCOMPARE(depthInFile("PX1", "P001"), std::int64_t{300000});
    QCOMPARE(depthInFile("PX1", "P002"), std::int64_t{200000});
    QVERIFY(pnl->text(PnlPanel::Figure::TradeSpend) != spend);
    QVERIFY(pnl->text(PnlPanel::Figure::GrossSales) != gross);
    QVERIFY(pnl->text(PnlPanel::Figure::Roi) != roi);
    QCOMPARE(editor->undoStack()->count(), 1);

    // Undo: the previous depth is written again and the P&L is the one before.
    QAction* undo = editor->findChild<QAction*>(QStringLiteral("editorUndo"));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("P001")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(depth.data().toString(), QStringLiteral("20\u00a0%"));
    QCOMPARE(depthInFile("PX1", "P001"), std::int64_t{200000});
    QCOMPARE(pnl->text(PnlPanel::Figure::TradeSpend), spend);
    QCOMPARE(pnl->text(PnlPanel::Figure::GrossSales), gross);
    QCOMPARE(pnl->text(PnlPanel::Figure::Roi), roi);
    // Both changes are in the promotion's history (undo is a new version, history is kept).
    {
        db::Connection conn = db::open_file(toPath(db_));
        const auto audit = audit_history(conn, "promotion", "PX1");
        QVERIFY(audit.size() >= 2);
        QCOMPARE(audit[0].action, std::string("change depth"));
        QCOMPARE(audit[1].action, std::string("change depth"));
    }
    auto* history = editor->findChild<QTableWidget*>(QStringLiteral("promotionHistoryTable"));
    QVERIFY(history->rowCount() >= 2);

    editor->findChild<QAction*>(QStringLiteral("editorRedo"))->trigger();
    QCOMPARE(depth.data().toString(), QStringLiteral("30\u00a0%"));
    QCOMPARE(depthInFile("PX1", "P001"), std::int64_t{300000});
    undo->trigger();
    QCOMPARE(depthInFile("PX1", "P001"), std::int64_t{200000});

    // Nonsense is refused with a message and changes nothing.
    QVERIFY(!lines->model()->setData(depth, QStringLiteral("deep")));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleRefusalBox()) != nullptr);
    box->close();
    QCOMPARE(depthInFile("PX1", "P001"), std::int64_t{200000});
    editor->close();
}

void PromotionGuiTest::manualForecastOverridesTheModelAndUndoReturnsIt() {
    PromotionEditor* editor = openEditor(QStringLiteral("PX1"));
    QVERIFY(editor != nullptr);
    QAbstractItemModel* model = editor->linesModel();
    const int row = editor->linesModel()->rowOfSku(QStringLiteral("P002"));
    const QModelIndex units = model->index(row, PromotionLinesModel::PlannedUnits);
    const QModelIndex source = model->index(row, PromotionLinesModel::Forecast);
    QVERIFY(source.data().toString().startsWith(QStringLiteral("model")));
    const QString planned = editor->pnlPanel()->text(PnlPanel::Figure::PlannedUnits);

    QVERIFY(model->setData(units, QStringLiteral("500")));
    QCOMPARE(units.data().toString(), QStringLiteral("500.00"));
    QCOMPARE(source.data().toString(), QStringLiteral("manual"));
    QVERIFY(editor->pnlPanel()->text(PnlPanel::Figure::PlannedUnits) != planned);

    editor->findChild<QAction*>(QStringLiteral("editorUndo"))->trigger();
    QVERIFY(source.data().toString().startsWith(QStringLiteral("model")));
    QCOMPARE(editor->pnlPanel()->text(PnlPanel::Figure::PlannedUnits), planned);
    db::Connection conn = db::open_file(toPath(db_));
    const auto stored = load_promotion(conn, "PX1");  // kept alive for the loop
    QVERIFY(stored.has_value());
    for (const auto& l : stored->lines) {
        QVERIFY(!l.planned_units.has_value());
    }
    editor->close();
}

void PromotionGuiTest::scenariosCompareSideBySideAndUseThisChoosesOne() {
    PromotionEditor* editor = openEditor(QStringLiteral("PX1"));
    QVERIFY(editor != nullptr);
    ScenariosTab* scenarios = editor->scenariosTab();
    editor->tabs()->setCurrentWidget(scenarios);
    QCOMPARE(scenarios->table()->columnCount(), 1);

    // "New scenario…" asks for a name; the copy is not chosen until "Use this".
    QTimer::singleShot(0, this, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog == nullptr) {
            return;
        }
        QTest::keyClicks(dialog->findChild<QLineEdit*>(), QStringLiteral("Deep"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addScenarioButton")),
                      Qt::LeftButton);
    QCOMPARE(scenarios->table()->columnCount(), 2);
    QPushButton* use = scenarios->useButton(QStringLiteral("Deep"));
    QVERIFY(use != nullptr && use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QVERIFY(scenarios->table()->horizontalHeaderItem(1)->text().contains(QStringLiteral("chosen")));
    QVERIFY(!scenarios->useButton(QStringLiteral("Deep"))->isEnabled());

    // Edits now change the chosen scenario only: the columns differ side by side.
    QAbstractItemModel* lines = editor->linesModel();
    QVERIFY(lines->setData(lines->index(0, PromotionLinesModel::Depth), QStringLiteral("35")));
    QTableWidget* table = scenarios->table();
    QVERIFY(table->item(1, 0)->text() != table->item(1, 1)->text());  // trade spend
    QCOMPARE(editor->pnlPanel()->text(PnlPanel::Figure::TradeSpend), table->item(1, 1)->text());
    snapshot(editor, "promotion_editor_scenarios");
    editor->close();
}

void PromotionGuiTest::lifeCycleActionsFollowTheCore() {
    PromotionEditor* editor = openEditor(QStringLiteral("PX2"));
    QVERIFY(editor != nullptr);
    PromotionHeader* header = editor->header();
    // A draft: plan, submit and cancel are offered; approving is not (wrong state).
    QVERIFY(header->actionButton(PromotionAction::Submit) != nullptr);
    QVERIFY(header->actionButton(PromotionAction::Cancel) != nullptr);
    QVERIFY(header->actionButton(PromotionAction::Approve) == nullptr);

    QTest::mouseClick(header->actionButton(PromotionAction::Submit), Qt::LeftButton);
    auto* badge = editor->findChild<QLabel*>(QStringLiteral("promotionStatusBadge"));
    QCOMPARE(badge->text(), QStringLiteral("Submitted"));
    // Admin submitted it, so the core will not let admin approve it: the button says why.
    QPushButton* approve = header->actionButton(PromotionAction::Approve);
    QVERIFY(approve != nullptr);
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QStringLiteral("may not approve")),
             qPrintable(approve->toolTip()));

    // Cancelling asks for a reason and logs it.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto* dialog = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        asked = !ok->isEnabled();  // required: OK waits for a reason
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                         QStringLiteral("clashes with PX1"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(header->actionButton(PromotionAction::Cancel), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(badge->text(), QStringLiteral("Cancelled"));
    db::Connection conn = db::open_file(toPath(db_));
    QCOMPARE(load_promotion(conn, "PX2")->status, PromotionStatus::Cancelled);
    const auto audit = audit_history(conn, "promotion", "PX2");
    QCOMPARE(audit.front().reason, std::string("clashes with PX1"));
    // The list and the calendar show the new state at once.
    PromotionsSection* section = openSection();
    const int row = section->catalog().rowOf(QStringLiteral("PX2"));
    QCOMPARE(section->catalog().at(row).shown, PromotionStatus::Cancelled);
    editor->close();
}

void PromotionGuiTest::financeSeesTheLinesReadOnlyAndApproves() {
    SessionOptions options;
    options.userName = QStringLiteral("fiona");
    options.today = kToday;
    window_ = std::make_unique<MainWindow>(options);
    window_->show();
    QVERIFY(window_->openFile(db_));
    PromotionEditor* editor = openEditor(QStringLiteral("PX4"));
    QVERIFY(editor != nullptr);
    // Finance may approve but not plan: the lines are read-only and the editor says why.
    const QModelIndex depth = editor->linesModel()->index(0, PromotionLinesModel::Depth);
    QVERIFY(!(depth.flags() & Qt::ItemIsEditable));
    QVERIFY(!editor->linesModel()->setData(depth, QStringLiteral("40")));
    auto* notice = editor->findChild<QLabel*>(QStringLiteral("promotionNotice"));
    QVERIFY2(notice->text().contains(QStringLiteral("promotions.edit")),
             qPrintable(notice->text()));
    QVERIFY(!editor->findChild<QPushButton*>(QStringLiteral("addScenarioButton"))->isEnabled());

    QPushButton* approve = editor->header()->actionButton(PromotionAction::Approve);
    QVERIFY(approve != nullptr && approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(editor->findChild<QLabel*>(QStringLiteral("promotionStatusBadge"))->text(),
             QStringLiteral("Approved"));
    db::Connection conn = db::open_file(toPath(db_));
    QCOMPARE(load_promotion(conn, "PX4")->status, PromotionStatus::Approved);
    QCOMPARE(depthInFile("PX4", "P004"), std::int64_t{250000});
    editor->close();
}

void PromotionGuiTest::russianTranslationCoversThePromotionScreens() {
    QTranslator ru;
    QVERIFY(ru.load(QLocale(QLocale::Russian), QStringLiteral("uplift"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")));
    QCOMPARE(ru.translate("uplift::app::PromotionsSection", "&Calendar"),
             QStringLiteral("&Календарь"));
    QCOMPARE(ru.translate("uplift::app::PnlPanel", "Break-even lift"),
             QStringLiteral("Безубыточный прирост"));
    QCOMPARE(ru.translate("PromotionStatusStyle", "Submitted"), QStringLiteral("На согласовании"));
    QCOMPARE(ru.translate("CalendarLayout", "Accounts by channel"),
             QStringLiteral("Клиенты по каналам"));
}

int uplift::app::test::runPromotionGuiTest(int argc, char** argv) {
    PromotionGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "promotion_gui_test.moc"
