// Rep files driven offscreen (SPEC §6.1): the export dialog writes a private rep file; after the
// rep and HQ both change a target, the merge dialog lists exactly that conflict with the value
// at export, HQ's and the rep's; the user's choice lands in the main file (checked through the
// core), a second merge finds nothing new, and a file of another database is refused with
// nothing changed.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <sys/stat.h>

#include "app_session.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "gui_fixture.h"
#include "merge_conflict_model.h"
#include "merged_target_model.h"
#include "rep_export_dialog.h"
#include "rep_file_actions.h"
#include "rep_merge_dialog.h"
#include "sync/rep_export.h"
#include "sync/rep_file_info.h"
#include "targets/target_store.h"
#include "text_conversions.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

bool writeRepsText(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// The test data set with STORE1 and STORE2 given to the rep "rep1" and three targets.
bool writeRepWorld(const QString& dir, const QString& dbPath) {
    if (!writeTestData(dir, dbPath) ||
        !writeRepsText(QDir(dir).filePath(QStringLiteral("reps.csv")),
                       "code,name,channel,region,rep\n"
                       "STORE1,Store 1,Traditional,South,rep1\n"
                       "STORE2,Store 2,Modern,South,rep1\n")) {
        return false;
    }
    db::Connection conn = db::open_file(toPath(dbPath));
    const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
    import_file(conn, admin, ImportKind::Accounts,
                toPath(QDir(dir).filePath(QStringLiteral("reps.csv"))));
    set_target(conn, admin, "2025-03", "STORE1", "Fizz", 100, 20'000);
    set_target(conn, admin, "2025-03", "STORE2", "Fizz", 50, 10'000);
    set_target(conn, admin, "2025-Q2", "STORE1", "Crunch", 10, 5'000);
    return true;
}

}  // namespace

class RepFilesGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actionsFollowTheRights();
    void exportDialogWritesAPrivateRepFile();
    void cleanMergeShowsWhatItApplied();
    void conflictTakenFromTheRepLandsAndASecondMergeFindsNothingNew();
    void keepHqKeepsHqsValue();
    void foreignFileIsRefusedAndNothingChanges();
    void russianTranslationCoversTheRepFileDialogs();

  private:
    QString exportForRep1(const QString& name);
    void repSets(const QString& file, const std::string& period, const std::string& account,
                 const std::string& brand, std::int64_t units, std::int64_t value);
    void hqSets(const std::string& period, const std::string& account, const std::string& brand,
                std::int64_t units, std::int64_t value);
    std::optional<Target> target(const std::string& period, const std::string& account,
                                 const std::string& brand);
    RepMergeDialog* merge(const QString& file);
    // Targets, merges and audit entries: what a refused merge must leave as it was.
    std::string state();

    QTemporaryDir dir_;
    QString template_;
    QString db_;
    std::unique_ptr<AppSession> session_;
    std::unique_ptr<QWidget> window_;
    RepFileActions* actions_ = nullptr;
};

void RepFilesGuiTest::initTestCase() {
    quietOffscreenWarnings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir_.isValid());
    template_ = dir_.filePath(QStringLiteral("reps.uplift"));
    QVERIFY(writeRepWorld(dir_.path(), template_));
}

void RepFilesGuiTest::init() {
    db_ = dir_.filePath(QStringLiteral("%1.uplift").arg(QTest::currentTestFunction()));
    QVERIFY(QFile::copy(template_, db_));
    SessionOptions options;
    options.today = kToday;
    session_ = AppSession::open(db_, options);
    window_ = std::make_unique<QWidget>();
    window_->resize(900, 600);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    actions_ = new RepFileActions(window_.get());
    actions_->setSession(session_.get());
}

void RepFilesGuiTest::cleanup() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w) != nullptr) {
            w->close();
        }
    }
    window_.reset();  // the dialogs and actions first: they use the session
    session_.reset();
}

QString RepFilesGuiTest::exportForRep1(const QString& name) {
    const QString path = dir_.filePath(name);
    export_rep_file(session_->connection(), session_->action(), "rep1", toPath(path));
    return path;
}

void RepFilesGuiTest::repSets(const QString& file, const std::string& period,
                              const std::string& account, const std::string& brand,
                              std::int64_t units, std::int64_t value) {
    db::Connection rc = db::open_file(toPath(file));
    const auto info = rep_file_info(rc);
    QVERIFY(info.has_value());
    set_target(rc, load_actor(rc, info->rep, toDate(kToday), nowIso()), period, account, brand,
               units, value);
}

void RepFilesGuiTest::hqSets(const std::string& period, const std::string& account,
                             const std::string& brand, std::int64_t units, std::int64_t value) {
    set_target(session_->connection(), session_->action(), period, account, brand, units, value);
}

std::optional<Target> RepFilesGuiTest::target(const std::string& period, const std::string& account,
                                              const std::string& brand) {
    db::Connection& c = session_->connection();
    return find_target(c, target_key(c, period, account, brand));
}

RepMergeDialog* RepFilesGuiTest::merge(const QString& file) {
    RepMergeDialog* dialog = actions_->openMergeDialog(file);
    if (dialog != nullptr && !QTest::qWaitFor([&] { return !dialog->isRunning(); }, kTimeoutMs)) {
        return nullptr;
    }
    return dialog;
}

std::string RepFilesGuiTest::state() {
    db::Connection& c = session_->connection();
    std::string out;
    for (const Target& t : list_targets(c)) {
        out += t.period + ' ' + t.account + ' ' + t.brand + ' ' + std::to_string(t.units) + ' ' +
               std::to_string(t.value) + '\n';
    }
    for (const char* sql : {"SELECT count(*) FROM target_history",
                            "SELECT count(*) FROM rep_merges", "SELECT count(*) FROM audit_log"}) {
        out += std::to_string(db::query_int(c, sql)) + ' ';
    }
    return out;
}

void RepFilesGuiTest::actionsFollowTheRights() {
    QVERIFY(actions_->exportAction()->isEnabled());
    QVERIFY(actions_->mergeAction()->isEnabled());
    // Finance holds neither right: both actions off, each naming the missing right.
    SessionOptions options;
    options.userName = QStringLiteral("fiona");
    options.today = kToday;
    const auto fiona = AppSession::open(db_, options);
    RepFileActions other(window_.get());
    other.setSession(fiona.get());
    QVERIFY(!other.exportAction()->isEnabled());
    QVERIFY(!other.mergeAction()->isEnabled());
    QVERIFY(other.exportAction()->toolTip().contains(QStringLiteral("reps.export")));
    QVERIFY(other.mergeAction()->toolTip().contains(QStringLiteral("reps.merge")));
    QVERIFY(other.exportRepFile() == nullptr);
    other.setSession(nullptr);
    QVERIFY(!other.exportAction()->isEnabled());
}

void RepFilesGuiTest::exportDialogWritesAPrivateRepFile() {
    RepExportDialog* dialog = actions_->exportRepFile();
    QVERIFY(dialog != nullptr);
    // Only rep1 has partners; the file name follows the rep and the business date.
    QCOMPARE(dialog->repCombo()->count(), 1);
    QCOMPARE(dialog->repCombo()->currentData().toString(), QStringLiteral("rep1"));
    const QString expected = QDir(dir_.path()).filePath(QStringLiteral("rep1-2025-06-02.uplift"));
    QCOMPARE(QDir::fromNativeSeparators(dialog->fileEdit()->text()), expected);
    QVERIFY(dialog->exportButton()->isEnabled());
    QSignalSpy exported(dialog, &RepExportDialog::repFileExported);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->exported(), kTimeoutMs);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(dialog->result().accounts, std::int64_t{2});
    QCOMPARE(dialog->result().targets, std::int64_t{3});
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("2 accounts, 3 targets")),
             qPrintable(dialog->summaryText()));
    QVERIFY(!dialog->exportButton()->isVisible());
    snapshot(dialog, "rep_export_done");

    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(expected).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    db::Connection rc = db::open_file(toPath(expected));
    const auto info = rep_file_info(rc);
    QVERIFY(info.has_value());
    QCOMPARE(info->rep, std::string("rep1"));

    // A second export to the same name is refused by the core: its message, no new file.
    RepExportDialog* again = actions_->exportRepFile();
    QVERIFY(again != nullptr);
    QTest::mouseClick(again->exportButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(visibleRefusalBox() != nullptr, kTimeoutMs);
    QVERIFY(visibleRefusalBox()->informativeText().contains(QStringLiteral("file exists")));
    QVERIFY(!again->exported());
    QCOMPARE(db::query_int(session_->connection(), "SELECT count(*) FROM rep_exports"),
             std::int64_t{1});
}

void RepFilesGuiTest::cleanMergeShowsWhatItApplied() {
    const QString file = exportForRep1(QStringLiteral("clean.uplift"));
    repSets(file, "2025-03", "STORE1", "Fizz", 120, 24'000);
    QSignalSpy merged(actions_, &RepFileActions::merged);
    RepMergeDialog* dialog = merge(file);
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->state(), RepMergeDialog::State::Merged);
    QCOMPARE(merged.count(), 1);
    const MergedTargetModel* applied = dialog->appliedModel();
    QCOMPARE(applied->rowCount(), 1);
    QCOMPARE(applied->index(0, MergedTargetModel::Units).data().toString(),
             QStringLiteral("100 → 120"));
    QCOMPARE(applied->index(0, MergedTargetModel::Value).data().toString(),
             QStringLiteral("200.00 → 240.00"));
    QCOMPARE(target("2025-03", "STORE1", "Fizz")->units, std::int64_t{120});
}

void RepFilesGuiTest::conflictTakenFromTheRepLandsAndASecondMergeFindsNothingNew() {
    const QString file = exportForRep1(QStringLiteral("theirs.uplift"));
    repSets(file, "2025-03", "STORE1", "Fizz", 120, 24'000);  // HQ changes it too: conflict
    repSets(file, "2025-03", "STORE2", "Fizz", 60, 12'000);   // clean
    hqSets("2025-03", "STORE1", "Fizz", 110, 22'000);
    const std::string hq = state();

    QSignalSpy merged(actions_, &RepFileActions::merged);
    RepMergeDialog* dialog = merge(file);
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->state(), RepMergeDialog::State::Conflicts);
    QCOMPARE(state(), hq);  // the check applied nothing
    QCOMPARE(merged.count(), 0);
    MergeConflictModel* conflicts = dialog->conflictModel();
    QCOMPARE(conflicts->rowCount(), 1);
    const auto cell = [&](int column) { return conflicts->index(0, column).data().toString(); };
    QCOMPARE(cell(MergeConflictModel::Period), QStringLiteral("2025-03"));
    QCOMPARE(cell(MergeConflictModel::Account), QStringLiteral("STORE1"));
    QCOMPARE(cell(MergeConflictModel::Brand), QStringLiteral("Fizz"));
    QCOMPARE(cell(MergeConflictModel::ExportUnits), QStringLiteral("100"));
    QCOMPARE(cell(MergeConflictModel::ExportValue), QStringLiteral("200.00"));
    QCOMPARE(cell(MergeConflictModel::HqUnits), QStringLiteral("110"));
    QCOMPARE(cell(MergeConflictModel::HqValue), QStringLiteral("220.00"));
    QCOMPARE(cell(MergeConflictModel::RepUnits), QStringLiteral("120"));
    QCOMPARE(cell(MergeConflictModel::RepValue), QStringLiteral("240.00"));
    QVERIFY(dialog->conflictView()->isVisible());
    QVERIFY(!dialog->applyButton()->isEnabled());  // every conflict needs a choice first
    snapshot(dialog, "rep_merge_conflicts");

    // What the choice delegate stores when "Take rep's" is picked.
    QVERIFY(conflicts->setData(conflicts->index(0, MergeConflictModel::Choice),
                               QString::fromLatin1(MergeConflictModel::kTheirs)));
    QCOMPARE(cell(MergeConflictModel::Choice), QStringLiteral("Take rep's"));
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kTimeoutMs);
    QCOMPARE(dialog->state(), RepMergeDialog::State::Merged);
    QCOMPARE(merged.count(), 1);
    QCOMPARE(dialog->appliedModel()->rowCount(), 2);
    snapshot(dialog, "rep_merge_applied");
    const Target taken{"2025-03", "STORE1", "Fizz", 120, 24'000};
    QVERIFY(target("2025-03", "STORE1", "Fizz") == taken);
    QCOMPARE(target("2025-03", "STORE2", "Fizz")->value, std::int64_t{12'000});
    QCOMPARE(target("2025-Q2", "STORE1", "Crunch")->units, std::int64_t{10});  // untouched
    dialog->close();

    const std::string after = state();
    RepMergeDialog* again = merge(file);
    QVERIFY(again != nullptr);
    QCOMPARE(again->state(), RepMergeDialog::State::NothingNew);
    QVERIFY2(again->summaryText().contains(QStringLiteral("Nothing new")),
             qPrintable(again->summaryText()));
    QCOMPARE(merged.count(), 1);
    QCOMPARE(state(), after);
}

void RepFilesGuiTest::keepHqKeepsHqsValue() {
    const QString file = exportForRep1(QStringLiteral("ours.uplift"));
    repSets(file, "2025-03", "STORE1", "Fizz", 120, 24'000);
    repSets(file, "2025-03", "STORE2", "Fizz", 60, 12'000);
    hqSets("2025-03", "STORE1", "Fizz", 110, 22'000);
    RepMergeDialog* dialog = merge(file);
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->state(), RepMergeDialog::State::Conflicts);
    QTest::mouseClick(dialog->keepAllHqButton(), Qt::LeftButton);
    QCOMPARE(dialog->conflictModel()->index(0, MergeConflictModel::Choice).data().toString(),
             QStringLiteral("Keep HQ"));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kTimeoutMs);
    QCOMPARE(dialog->state(), RepMergeDialog::State::Merged);
    QVERIFY(dialog->result().conflicts.at(0).choice == ConflictChoice::Ours);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("HQ's value was kept: 1")),
             qPrintable(dialog->summaryText()));
    QCOMPARE(target("2025-03", "STORE1", "Fizz")->units, std::int64_t{110});
    QCOMPARE(target("2025-03", "STORE1", "Fizz")->value, std::int64_t{22'000});
    QCOMPARE(target("2025-03", "STORE2", "Fizz")->units, std::int64_t{60});  // the clean change
}

void RepFilesGuiTest::foreignFileIsRefusedAndNothingChanges() {
    // Same accounts and rep, but another database: its export is foreign here.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString otherDb = QDir(other.path()).filePath(QStringLiteral("other.uplift"));
    QVERIFY(writeRepWorld(other.path(), otherDb));
    const QString file = QDir(other.path()).filePath(QStringLiteral("foreign.uplift"));
    {
        db::Connection oc = db::open_file(toPath(otherDb));
        export_rep_file(oc, load_actor(oc, "admin", toDate(kToday), nowIso()), "rep1",
                        toPath(file));
    }
    repSets(file, "2025-03", "STORE1", "Fizz", 999, 99'900);
    const std::string before = state();

    QSignalSpy merged(actions_, &RepFileActions::merged);
    RepMergeDialog* dialog = merge(file);
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->state(), RepMergeDialog::State::Refused);
    QTRY_VERIFY(visibleRefusalBox() != nullptr);
    QVERIFY2(visibleRefusalBox()->informativeText().contains(QStringLiteral("another database")),
             qPrintable(visibleRefusalBox()->informativeText()));
    QVERIFY(dialog->summaryText().contains(QStringLiteral("Nothing was merged")));
    QCOMPARE(merged.count(), 0);
    QCOMPARE(state(), before);
}

void RepFilesGuiTest::russianTranslationCoversTheRepFileDialogs() {
    QTranslator ru;
    QVERIFY(ru.load(QLocale(QLocale::Russian), QStringLiteral("uplift"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")));
    QCOMPARE(ru.translate("uplift::app::MergeConflictModel", "Keep HQ"),
             QStringLiteral("Оставить значение HQ"));
    QCOMPARE(ru.translate("uplift::app::RepFileActions", "&Merge rep file…"),
             QStringLiteral("&Объединить файл представителя…"));
}

int uplift::app::test::runRepFilesGuiTest(int argc, char** argv) {
    RepFilesGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "rep_files_gui_test.moc"
