// The Targets section driven offscreen: typing a target writes it through the core and every
// total follows (already while typing); a pasted block is one transaction and one undo step
// that also restores "no target"; a bad pasted cell refuses the whole block; gaps to the
// top-down version are highlighted; the disaggregation dialog previews a split that sums to the
// total, saves it and undo puts the period back; a rep file opens in rep mode.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <QTableWidget>
#include "app_session.h"
#include "db/uplift_file.h"
#include "disaggregation_dialog.h"
#include "disaggregation_preview_model.h"
#include "filtered_table_view.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "masterdata/accounts.h"
#include "navigation_sidebar.h"
#include "section_widget.h"
#include "security/users.h"
#include "session_bar.h"

#include "target_gaps_panel.h"
#include "target_grid_model.h"
#include "target_totals_bar.h"
#include "targets/disaggregation.h"
#include "targets/target_edit.h"
#include "targets_section.h"
#include "text_conversions.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

// Sell-in in March 2024: the basis of a March 2025 split.
const QByteArray kLastYear =
    "week,account,sku,units,gross_amount\n"
    "2024-03-04,STORE1,P001,300,360.00\n"
    "2024-03-11,STORE2,P004,100,123450.00\n"
    "2024-03-18,STORE3,P002,100,210.00\n";

constexpr int kJan = TargetGridModel::FirstPeriod;
constexpr int kFeb = kJan + 1;
constexpr int kMar = kJan + 2;

}  // namespace

class TargetsGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingACellWritesTheCoreAndEveryTotalFollows();
    void aPastedBlockIsOneStepAndUndoRestoresNoTarget();
    void aBadPastedCellRefusesTheWholeBlock();
    void gapsToTheTopDownVersionAreHighlighted();
    void disaggregationPreviewsSavesAndUndoes();
    void aRepFileOpensInRepMode();
    void theManagerAcceptsAndRejectsBottomUpGaps();

  private:
    void openWindow(const QString& user);
    TargetsSection* openSection();
    db::Connection& conn() { return window_->session()->connection(); }
    std::optional<TargetAmount> target(const char* period, const char* account, const char* brand);
    QModelIndex cell(TargetsSection* s, const char* account, const char* brand, int column);

    QTemporaryDir dir_;
    QString template_;
    QString db_;
    std::unique_ptr<MainWindow> window_;
};

void TargetsGuiTest::initTestCase() {
    quietOffscreenWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpliftGuiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("UpliftTargetsGuiTest"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir_.isValid());
    template_ = dir_.filePath(QStringLiteral("targets.uplift"));
    QVERIFY(writeTestData(dir_.path(), template_));
    QFile csv(dir_.filePath(QStringLiteral("last_year.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(kLastYear);
    csv.close();
    db::Connection c = db::open_file(toPath(template_));
    const ActionContext admin = load_actor(c, "admin", toDate(kToday), nowIso());
    import_file(c, admin, ImportKind::Actuals, toPath(csv.fileName()));
    add_user(c, admin, "sam", {Role::SalesManager}, "Sam Sales");
    add_user(c, admin, "rita", {Role::SalesRep}, "Rita Rep");
    for (const char* code : {"STORE1", "STORE2"}) {
        Account a = find_account(c, code).value();
        a.rep = "rita";
        update_account(c, admin, a);
    }
}

void TargetsGuiTest::init() {
    db_ = dir_.filePath(QStringLiteral("%1.uplift").arg(QTest::currentTestFunction()));
    QVERIFY(QFile::copy(template_, db_));
    QSettings().clear();
}

void TargetsGuiTest::openWindow(const QString& user) {
    SessionOptions options;
    options.today = kToday;
    options.userName = user;
    window_ = std::make_unique<MainWindow>(options);
    window_->resize(1300, 820);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openFile(db_));
}

void TargetsGuiTest::cleanup() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w) != nullptr) {
            w->close();
        }
    }
    window_.reset();
}

TargetsSection* TargetsGuiTest::openSection() {
    NavigationSidebar* sidebar = window_->sidebar();
    QListWidgetItem* item = sidebar->itemFor(Section::Targets);
    if (item == nullptr) {
        return nullptr;
    }
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(item).center());
    return qobject_cast<TargetsSection*>(window_->sectionWidget(Section::Targets));
}

std::optional<TargetAmount> TargetsGuiTest::target(const char* period, const char* account,
                                                   const char* brand) {
    const auto t = find_target(conn(), target_key(conn(), period, account, brand));
    return t ? std::optional<TargetAmount>(TargetAmount{t->units, t->value}) : std::nullopt;
}

QModelIndex TargetsGuiTest::cell(TargetsSection* s, const char* account, const char* brand,
                                 int column) {
    const int row = s->viewRowOf(QString::fromUtf8(account), QString::fromUtf8(brand));
    return row < 0 ? QModelIndex() : s->tableView()->table()->model()->index(row, column);
}

void TargetsGuiTest::typingACellWritesTheCoreAndEveryTotalFollows() {
    openWindow(QStringLiteral("sam"));
    set_target(conn(), window_->session()->action(), "2025-03", "STORE5", "Fizz", 40, 4000);
    TargetsSection* s = openSection();
    QVERIFY(s != nullptr);
    s->reload();
    TargetTotalsBar* totals = s->totalsBar();
    const int total = s->model()->totalColumn();
    QCOMPARE(totals->total(kMar), std::optional<qint64>(40));
    QCOMPARE(totals->total(total), std::optional<qint64>(40));

    QTableView* table = s->tableView()->table();
    const QModelIndex march = cell(s, "STORE1", "Fizz", kMar);
    QVERIFY(march.isValid());
    table->setFocus();
    table->setCurrentIndex(march);
    // The first key opens the editor with it; the rest goes to the editor.
    QTest::keyClick(table, Qt::Key_1);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor != nullptr);
    QTest::keyClicks(editor, QStringLiteral("20"));
    QCOMPARE(editor->text(), QStringLiteral("120"));
    // While typing: the totals already count the typed number; the file does not have it yet.
    QCOMPARE(totals->total(kMar), std::optional<qint64>(160));
    QCOMPARE(march.siblingAtColumn(total).data(TargetGridModel::AmountRole).value<qint64>(),
             qint64{120});
    QVERIFY(!target("2025-03", "STORE1", "Fizz"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(window_->undoStack()->count(), 1);

    QCOMPARE(target("2025-03", "STORE1", "Fizz"), std::optional(TargetAmount{120, 0}));
    QCOMPARE(march.data().toString(), QStringLiteral("120"));
    QCOMPARE(totals->total(kMar), std::optional<qint64>(160));
    QCOMPARE(totals->total(total), std::optional<qint64>(160));
    QCOMPARE(march.siblingAtColumn(total).data().toString(), QStringLiteral("120"));

    // Value: the other measure of the same key, typed in the locale's format.
    s->valueButton()->click();
    QVERIFY(table->model()->setData(march, QStringLiteral("1,234.50")));
    QCOMPARE(target("2025-03", "STORE1", "Fizz"), std::optional(TargetAmount{120, 123450}));
    QCOMPARE(march.data().toString(), QStringLiteral("1,234.50"));
    QCOMPARE(totals->total(kMar), std::optional<qint64>(127450));

    // Undo, step by step, back to no target at all.
    QUndoStack* undo = window_->undoStack();
    QCOMPARE(undo->count(), 2);
    undo->undo();
    QCOMPARE(target("2025-03", "STORE1", "Fizz"), std::optional(TargetAmount{120, 0}));
    undo->undo();
    QVERIFY(!target("2025-03", "STORE1", "Fizz"));
    QCOMPARE(march.data().toString(), QString());
    QCOMPARE(totals->total(kMar), std::optional<qint64>(4000));

    // Not a number: refused with the reason, nothing written.
    QVERIFY(!table->model()->setData(march, QStringLiteral("lots")));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleRefusalBox()) != nullptr);
    QVERIFY(box->informativeText().contains(QStringLiteral("STORE1 / Fizz, 2025-03")));
    QVERIFY(!target("2025-03", "STORE1", "Fizz"));
    QCOMPARE(undo->count(), 2);
}

void TargetsGuiTest::aPastedBlockIsOneStepAndUndoRestoresNoTarget() {
    openWindow(QStringLiteral("sam"));
    set_target(conn(), window_->session()->action(), "2025-02", "STORE1", "Fizz", 9, 900);
    TargetsSection* s = openSection();
    QVERIFY(s != nullptr);
    s->reload();
    // Rows go by rep, account, brand: STORE1 Crunch, then STORE1 Fizz.
    const QModelIndex anchor = cell(s, "STORE1", "Crunch", kJan);
    QVERIFY(anchor.isValid());
    QCOMPARE(cell(s, "STORE1", "Fizz", kJan).row(), anchor.row() + 1);
    s->tableView()->table()->setCurrentIndex(anchor);
    QUndoStack* undo = window_->undoStack();
    const int steps = undo->count();
    QVERIFY(s->pasteText(QStringLiteral("1\t2\t3\r\n4\t5\t6\r\n")));
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(target("2025-01", "STORE1", "Crunch"), std::optional(TargetAmount{1, 0}));
    QCOMPARE(target("2025-02", "STORE1", "Crunch"), std::optional(TargetAmount{2, 0}));
    QCOMPARE(target("2025-03", "STORE1", "Crunch"), std::optional(TargetAmount{3, 0}));
    QCOMPARE(target("2025-01", "STORE1", "Fizz"), std::optional(TargetAmount{4, 0}));
    // A pasted unit count keeps the key's value.
    QCOMPARE(target("2025-02", "STORE1", "Fizz"), std::optional(TargetAmount{5, 900}));
    QCOMPARE(target("2025-03", "STORE1", "Fizz"), std::optional(TargetAmount{6, 0}));
    QCOMPARE(s->totalsBar()->total(s->model()->totalColumn()), std::optional<qint64>(21));

    undo->undo();
    QVERIFY(!target("2025-01", "STORE1", "Crunch"));
    QVERIFY(!target("2025-02", "STORE1", "Crunch"));
    QVERIFY(!target("2025-03", "STORE1", "Crunch"));
    QVERIFY(!target("2025-01", "STORE1", "Fizz"));
    QCOMPARE(target("2025-02", "STORE1", "Fizz"), std::optional(TargetAmount{9, 900}));
    QVERIFY(!target("2025-03", "STORE1", "Fizz"));
    QCOMPARE(s->totalsBar()->total(s->model()->totalColumn()), std::optional<qint64>(9));
    QCOMPARE(anchor.data().toString(), QString());
    undo->redo();
    QCOMPARE(target("2025-03", "STORE1", "Fizz"), std::optional(TargetAmount{6, 0}));
    QCOMPARE(anchor.data().toString(), QStringLiteral("1"));
}

void TargetsGuiTest::aBadPastedCellRefusesTheWholeBlock() {
    openWindow(QStringLiteral("sam"));
    TargetsSection* s = openSection();
    QVERIFY(s != nullptr);
    s->reload();
    s->tableView()->table()->setCurrentIndex(cell(s, "STORE1", "Crunch", kJan));
    const auto before = list_targets(conn());
    QUndoStack* undo = window_->undoStack();
    QVERIFY(!s->pasteText(QStringLiteral("1\t2\t3\n4\tfive\t6\n")));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleRefusalBox()) != nullptr);
    QVERIFY(box->informativeText().contains(QStringLiteral("Row 2, column 2")));
    QVERIFY(box->informativeText().contains(QStringLiteral("STORE1 / Fizz, 2025-02")));
    box->close();
    QCOMPARE(list_targets(conn()), before);
    QCOMPARE(undo->count(), 0);
    // A block running past the period columns is refused too.
    s->tableView()->table()->setCurrentIndex(cell(s, "STORE1", "Crunch", kJan + 11));
    QVERIFY(!s->pasteText(QStringLiteral("1\t2\t3\n")));
    QTRY_VERIFY((box = visibleRefusalBox()) != nullptr);
    QVERIFY(box->informativeText().contains(QStringLiteral("column 2")));
    QCOMPARE(list_targets(conn()), before);
}

void TargetsGuiTest::gapsToTheTopDownVersionAreHighlighted() {
    openWindow(QStringLiteral("sam"));
    DisaggregationRequest r;
    r.period = "2025-04";
    r.units = 200;
    r.value = 20000;
    disaggregate(conn(), window_->session()->action(), r, false);  // 1 unit, 1.00 per pair
    set_target(conn(), window_->session()->action(), "2025-04", "STORE1", "Fizz", 7, 100);
    TargetsSection* s = openSection();
    QVERIFY(s != nullptr);
    s->reload();
    const QModelIndex gap = cell(s, "STORE1", "Fizz", kJan + 3);
    const QModelIndex same = cell(s, "STORE1", "Crunch", kJan + 3);
    QVERIFY(gap.data(TargetGridModel::GapRole).toBool());
    QCOMPARE(gap.data(Qt::BackgroundRole).value<QColor>(), TargetGridModel::gapColor());
    QCOMPARE(gap.data(TargetGridModel::TopDownRole).value<qint64>(), qint64{1});
    QCOMPARE(gap.data().toString(), QStringLiteral("7"));
    QVERIFY(gap.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Top-down: 1 units")));
    QVERIFY(!same.data(TargetGridModel::GapRole).toBool());
    QVERIFY(!same.data(Qt::BackgroundRole).isValid());
    // The row total and the top-down column show the gap too.
    const int total = s->model()->totalColumn();
    QVERIFY(gap.siblingAtColumn(total).data(TargetGridModel::GapRole).toBool());
    QCOMPARE(gap.siblingAtColumn(s->model()->topDownColumn()).data().toString(),
             QStringLiteral("1"));
    // Value: the same key differs by value too (1.00 top-down, 1.00 now: no gap).
    s->valueButton()->click();
    QVERIFY(!gap.data(TargetGridModel::GapRole).toBool());
    QCOMPARE(gap.data().toString(), QStringLiteral("1.00"));
    snapshot(window_.get(), "targets-gap");
}

void TargetsGuiTest::disaggregationPreviewsSavesAndUndoes() {
    openWindow(QStringLiteral("sam"));
    set_target(conn(), window_->session()->action(), "2025-03", "STORE9", "Crunch", 5, 500);
    TargetsSection* s = openSection();
    QVERIFY(s != nullptr);
    s->reload();
    // Lock STORE1 Crunch (no target: it keeps none).
    s->tableView()->table()->setCurrentIndex(cell(s, "STORE1", "Crunch", kMar));
    const auto before = snapshot_period_targets(conn(), "2025-03");
    DisaggregationDialog* d = s->openDisaggregation();
    QVERIFY(d != nullptr);
    QTRY_VERIFY(d->isVisible());
    QCOMPARE(d->periodBox()->currentText(), QStringLiteral("2025-03"));
    QCOMPARE(d->lockList()->count(), 1);
    QTest::keyClicks(d->unitsEdit(), QStringLiteral("1000"));
    QTest::keyClicks(d->valueEdit(), QStringLiteral("5,000.00"));
    QVERIFY(!d->saveButton()->isEnabled());
    QVERIFY(d->preview());
    QVERIFY(d->basisLabel()->text().contains(
        QStringLiteral("same period last year (2024-03-01 to 2024-03-31)")));
    qint64 units = 0;
    qint64 value = 0;
    for (const TargetShare& share : d->previewModel()->shares()) {
        units += share.units;
        value += share.value;
    }
    QCOMPARE(units, qint64{1000});
    QCOMPARE(value, qint64{500000});
    QVERIFY(d->sumLabel()->text().contains(QStringLiteral("1,000 units, 5,000.00")));
    snapshot(d, "disaggregation-dialog");
    QVERIFY(d->saveButton()->isEnabled());
    d->saveButton()->click();
    QTRY_VERIFY(s->disaggregationDialog() == nullptr);

    // Saved: STORE1 Fizz sold 300 of the 500 units last March.
    QCOMPARE(target("2025-03", "STORE1", "Fizz"), std::optional(TargetAmount{600, 1451}));
    QCOMPARE(cell(s, "STORE1", "Fizz", kMar).data().toString(), QStringLiteral("600"));
    QCOMPARE(s->totalsBar()->total(kMar), std::optional<qint64>(1000));
    // No sales last March: its target becomes 0.
    QCOMPARE(target("2025-03", "STORE9", "Crunch"), std::optional(TargetAmount{0, 0}));
    QUndoStack* undo = window_->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE(snapshot_period_targets(conn(), "2025-03"), before);
    QCOMPARE(cell(s, "STORE1", "Fizz", kMar).data().toString(), QString());
    QCOMPARE(s->totalsBar()->total(kMar), std::optional<qint64>(5));
}

void TargetsGuiTest::aRepFileOpensInRepMode() {
    {
        db::Connection c = db::open_file(toPath(db_));
        // What rep export writes into a rep file.
        db::set_setting(c, "rep_export_id", "e1");
        db::set_setting(c, "rep_main_database", "main");
        db::set_setting(c, "rep_name", "rita");
    }
    QSettings().setValue(QStringLiteral("mainWindow/section"), static_cast<int>(Section::Products));
    openWindow(QString());  // the file's default user: its rep
    QCOMPARE(window_->session()->userName(), QStringLiteral("rita"));
    auto* badge = window_->findChild<QLabel*>(QStringLiteral("offlineBadge"));
    QVERIFY(badge != nullptr);
    QVERIFY(badge->isVisible());
    QVERIFY(badge->text().contains(QStringLiteral("rita")));
    QVERIFY(window_->windowTitle().contains(QStringLiteral("Offline — rep file of rita")));

    // It opens on the Targets section, with the rep's partners only, editable.
    auto* s = qobject_cast<TargetsSection*>(window_->sectionWidget(Section::Targets));
    QVERIFY(s != nullptr);
    QVERIFY(s->isVisible());
    QCOMPARE(s->model()->rowCount(), 4);  // STORE1 and STORE2 x two brands
    QVERIFY(!s->disaggregateButton()->isEnabled());
    const QModelIndex march = cell(s, "STORE2", "Fizz", kMar);
    QVERIFY(march.flags() & Qt::ItemIsEditable);
    QVERIFY(s->tableView()->table()->model()->setData(march, QStringLiteral("33")));
    QCOMPARE(target("2025-03", "STORE2", "Fizz"), std::optional(TargetAmount{33, 0}));
    snapshot(window_.get(), "rep-mode");

    // Everything else is read-only: no imports, no users, master data not editable.
    QVERIFY(!window_->sidebar()->hasSection(Section::Imports));
    QVERIFY(!window_->sidebar()->hasSection(Section::Users));
    QVERIFY(!window_->findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());
    SectionWidget* products = window_->sectionWidget(Section::Products);
    window_->showSection(Section::Products);
    const QAbstractItemModel* rows = products->tableView()->table()->model();
    QVERIFY(rows->rowCount() > 0);
    QVERIFY(!(rows->flags(rows->index(0, 1)) & Qt::ItemIsEditable));
}

void TargetsGuiTest::theManagerAcceptsAndRejectsBottomUpGaps() {
    openWindow(QStringLiteral("sam"));
    DisaggregationRequest r;
    r.period = "2025-04";
    r.units = 200;
    r.value = 20000;
    disaggregate(conn(), window_->session()->action(), r, false);  // 1 unit, 1.00 per pair
    // Two values a merged rep file brought.
    write_target(conn(), window_->session()->action(),
                 target_key(conn(), "2025-04", "STORE1", "Fizz"), 7, 700, "rep");
    write_target(conn(), window_->session()->action(),
                 target_key(conn(), "2025-04", "STORE1", "Crunch"), 9, 900, "rep");
    TargetsSection* s = openSection();
    QVERIFY(s != nullptr);
    s->reload();
    auto* panel = s->findChild<TargetGapsPanel*>(QStringLiteral("targetGapsPanel"));
    QVERIFY(panel != nullptr);
    QCOMPARE(panel->table()->rowCount(), 2);
    // Crunch sorts before Fizz: its gap is 9 - 1 units, 9.00 - 1.00.
    QCOMPARE(panel->table()->item(0, 2)->text(), QStringLiteral("Crunch"));
    QCOMPARE(panel->table()->item(0, 6)->text(), QStringLiteral("8"));
    QCOMPARE(panel->table()->item(0, 9)->text(), QStringLiteral("8.00"));
    panel->table()->selectRow(0);
    QVERIFY(panel->acceptSelected());
    QCOMPARE(target("2025-04", "STORE1", "Crunch"), std::optional(TargetAmount{9, 900}));
    QCOMPARE(panel->table()->rowCount(), 1);
    panel->table()->selectRow(0);
    QVERIFY(panel->rejectSelected());
    QCOMPARE(target("2025-04", "STORE1", "Fizz"), std::optional(TargetAmount{1, 100}));
    QCOMPARE(panel->table()->rowCount(), 0);
    // The grid follows: the rejected value is back, no cell is a gap any more.
    const QModelIndex fizz = cell(s, "STORE1", "Fizz", kJan + 3);
    QCOMPARE(fizz.data().toString(), QStringLiteral("1"));
    QVERIFY(!fizz.data(TargetGridModel::GapRole).toBool());
}

int uplift::app::test::runTargetsGuiTest(int argc, char** argv) {
    TargetsGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "targets_gui_test.moc"
