// The Funds section driven offscreen: the tree shows the core's figures with the bar at the
// fund's level (amber at the warning level), a transfer and an allocation through their dialogs
// move the figures and the ledger and undo puts them back to the cent, the claims panel settles,
// splits and writes off claims (each undoable), and an accrual fund's figures follow an actuals
// import at once.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QWizard>

#include "claim_settle_dialog.h"
#include "claim_table_model.h"
#include "claims_panel.h"
#include "db/statement.h"
#include "db/uplift_file.h"
#include "filtered_table_view.h"
#include "fund_allocate_dialog.h"
#include "fund_ledger_model.h"
#include "fund_transfer_dialog.h"
#include "fund_tree_model.h"
#include "funds/claims.h"
#include "funds/fund.h"
#include "funds_section.h"
#include "gui_fixture.h"
#include "import_wizard.h"
#include "main_window.h"
#include "navigation_sidebar.h"
#include "text_conversions.h"
#include "workflows/promotion_workflows.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

const QString kPct = QStringLiteral("\u00a0%");

// Created and submitted by admin, approved by fiona (finance): nobody approves their own.
void approve(db::Connection& conn, const ActionContext& admin, const std::string& code,
             const std::string& account, const std::string& sku, Period instore, std::int64_t fee,
             const std::string& fund) {
    PromotionDraft d;
    d.code = code;
    d.account = account;
    d.instore = instore;
    d.skus = {sku};
    d.fixed_cost_cents = fee;
    d.fund = fund;
    create_promotion(conn, admin, d);
    for (const PromotionAction a : {PromotionAction::Submit, PromotionAction::Approve}) {
        TransitionRequest r;
        r.action = a;
        r.reason = "test";
        r.overlap_reason = "test";
        change_promotion_status(conn,
                                a == PromotionAction::Approve
                                    ? load_actor(conn, "fiona", admin.today, nowIso())
                                    : admin,
                                code, r);
    }
}

QPushButton* okButton(QDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

}  // namespace

class FundsGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void treeShowsTheCoresFiguresAndTheWarningLevel();
    void transferThroughTheDialogMovesFiguresAndUndoRestoresThem();
    void allocationCarvesOutOfTheParentAndUndoGivesItBack();
    void claimsSettleSplitAndWriteOffAndUndo();
    void accrualFundFollowsAnActualsImport();
    void russianTranslationCoversTheFundsScreens();

  private:
    FundsSection* openSection();
    QModelIndex fundIndex(const QString& name, int column = FundTreeModel::Name) const;
    QString cell(const QString& fund, int column) const;
    FundFigures inFile(const std::string& fund);
    void undo();

    QTemporaryDir dir_;
    QString template_;
    QString db_;
    std::unique_ptr<MainWindow> window_;
    FundsSection* section_ = nullptr;
};

void FundsGuiTest::initTestCase() {
    prepareGuiTestClass(QStringLiteral("UpliftFundsGuiTest"));
    QVERIFY(dir_.isValid());
    template_ = dir_.filePath(QStringLiteral("funds.uplift"));
    QVERIFY(writeTestData(dir_.path(), template_));

    // HQ 10,000 ─ Fizz 4,000 ─ Fizz-STORE1 1,000; HQ ─ Crunch 2,000; Fizz-Accrual: 10 % of
    // Fizz's gross sales. PF1 commits 950 on Fizz-STORE1 and its claim C-1 of 900 is settled
    // (90 % used: past the 85 % warning level); PF2 commits 600 on Fizz, claims C-2 (500) and
    // C-3 (100) are open.
    db::Connection conn = db::open_file(toPath(template_));
    const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
    const auto fund = [&](const char* name, const char* parent, const char* brand,
                          const char* account) {
        FundSpec s;
        s.name = name;
        s.parent = parent;
        s.brand = brand;
        s.account = account;
        return s;
    };
    for (const FundSpec& s :
         {fund("HQ", "", "", ""), fund("Fizz", "HQ", "Fizz", ""),
          fund("Fizz-STORE1", "Fizz", "Fizz", "STORE1"), fund("Crunch", "HQ", "Crunch", "")}) {
        create_fund(conn, admin, s);
    }
    FundSpec accrual = fund("Fizz-Accrual", "", "Fizz", "");
    accrual.accrual = true;
    accrual.rate = 100000;  // 10 %
    create_fund(conn, admin, accrual);
    allocate(conn, admin, "HQ", 1'000'000, "year budget");
    allocate(conn, admin, "Fizz", 400'000, "brand budget");
    allocate(conn, admin, "Fizz-STORE1", 100'000, "account budget");
    allocate(conn, admin, "Crunch", 200'000, "brand budget");
    approve(conn, admin, "PF1", "STORE1", "P001", {Date(2025, 5, 5), Date(2025, 5, 18)}, 95'000,
            "Fizz-STORE1");
    approve(conn, admin, "PF2", "STORE2", "P002", {Date(2025, 5, 12), Date(2025, 5, 25)}, 60'000,
            "Fizz");
    enter_claim(conn, admin, {"C-1", "PF1", 90'000, Date(2025, 5, 20), ""});
    enter_claim(conn, admin, {"C-2", "PF2", 50'000, Date(2025, 5, 26), ""});
    enter_claim(conn, admin, {"C-3", "PF2", 10'000, Date(2025, 5, 27), ""});
    settle_claim(conn, admin, "C-1", {});
}

void FundsGuiTest::init() {
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
    section_ = openSection();
    QVERIFY(section_ != nullptr);
    QVERIFY(section_->isVisible());
}

void FundsGuiTest::cleanup() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w) != nullptr || qobject_cast<QDialog*>(w) != nullptr) {
            w->close();
        }
    }
    section_ = nullptr;
    window_.reset();
}

FundsSection* FundsGuiTest::openSection() {
    NavigationSidebar* sidebar = window_->sidebar();
    QListWidgetItem* item = sidebar->itemFor(Section::Funds);
    if (item == nullptr) {
        return nullptr;
    }
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(item).center());
    return qobject_cast<FundsSection*>(window_->sectionWidget(Section::Funds));
}

QModelIndex FundsGuiTest::fundIndex(const QString& name, int column) const {
    const QAbstractItemModel* model = section_->tree()->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(column);
}

QString FundsGuiTest::cell(const QString& fund, int column) const {
    return fundIndex(fund, column).data().toString();
}

FundFigures FundsGuiTest::inFile(const std::string& fund) {
    db::Connection conn = db::open_file(toPath(db_));
    return fund_figures(conn, find_fund(conn, fund)->id);
}

void FundsGuiTest::undo() {
    window_->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
}

void FundsGuiTest::treeShowsTheCoresFiguresAndTheWarningLevel() {
    // The tree: HQ at the top, its brand funds below it, the account fund below its brand.
    const QModelIndex hq = fundIndex(QStringLiteral("HQ"));
    const QModelIndex fizz = fundIndex(QStringLiteral("Fizz"));
    const QModelIndex store = fundIndex(QStringLiteral("Fizz-STORE1"));
    QVERIFY(hq.isValid() && fizz.isValid() && store.isValid());
    QVERIFY(!hq.parent().isValid());
    QCOMPARE(fizz.parent().data().toString(), QStringLiteral("HQ"));
    QCOMPARE(store.parent().data().toString(), QStringLiteral("Fizz"));
    QVERIFY(section_->tree()->isExpanded(fizz));

    // HQ kept 4,000 of its 10,000 after carving out Fizz (4,000) and Crunch (2,000).
    QCOMPARE(cell(QStringLiteral("HQ"), FundTreeModel::Allocated), QStringLiteral("10,000.00"));
    QCOMPARE(cell(QStringLiteral("HQ"), FundTreeModel::Budget), QStringLiteral("4,000.00"));
    QCOMPARE(cell(QStringLiteral("HQ"), FundTreeModel::Available), QStringLiteral("4,000.00"));
    // Fizz: 4,000 less 1,000 for its account fund, 600 committed to PF2.
    QCOMPARE(cell(QStringLiteral("Fizz"), FundTreeModel::Budget), QStringLiteral("3,000.00"));
    QCOMPARE(cell(QStringLiteral("Fizz"), FundTreeModel::Committed), QStringLiteral("600.00"));
    QCOMPARE(cell(QStringLiteral("Fizz"), FundTreeModel::Available), QStringLiteral("2,400.00"));
    QCOMPARE(cell(QStringLiteral("Fizz"), FundTreeModel::Utilisation),
             QStringLiteral("0.00") + kPct);
    // Fizz-STORE1: 900 of 1,000 spent, 50 still committed: 90 %, past the 85 % warning level.
    const QString s = QStringLiteral("Fizz-STORE1");
    QCOMPARE(cell(s, FundTreeModel::Budget), QStringLiteral("1,000.00"));
    QCOMPARE(cell(s, FundTreeModel::Actual), QStringLiteral("900.00"));
    QCOMPARE(cell(s, FundTreeModel::Committed), QStringLiteral("50.00"));
    QCOMPARE(cell(s, FundTreeModel::Available), QStringLiteral("50.00"));
    QCOMPARE(cell(s, FundTreeModel::Utilisation), QStringLiteral("90.00") + kPct);

    // The bar: spent | committed | free of the budget, amber for the warning level.
    const auto bar = fundIndex(s, FundTreeModel::Bar).data(FundTreeModel::BarRole).value<FundBar>();
    QCOMPARE(bar.budget, qint64{100'000});
    QCOMPARE(bar.actual, qint64{90'000});
    QCOMPARE(bar.committed, qint64{5'000});
    QCOMPARE(bar.level, FundLevel::Warning);
    const auto fizzBar =
        fundIndex(QStringLiteral("Fizz"), FundTreeModel::Bar).data(FundTreeModel::BarRole);
    QCOMPARE(fizzBar.value<FundBar>().level, FundLevel::Normal);
    // The fund's name and utilisation read amber too; a fund at a normal level keeps the
    // palette's colour.
    QCOMPARE(fundIndex(s).data(Qt::ForegroundRole).value<QBrush>().color(),
             fundLevelTextColor(FundLevel::Warning));
    QCOMPARE(
        fundIndex(s, FundTreeModel::Utilisation).data(Qt::ForegroundRole).value<QBrush>().color(),
        fundLevelTextColor(FundLevel::Warning));
    QVERIFY(!fundIndex(QStringLiteral("Fizz")).data(Qt::ForegroundRole).isValid());

    // Selecting a fund shows its ledger: the allocation, the settled claim linked to C-1.
    section_->tree()->setCurrentIndex(fundIndex(s));
    const FundLedgerModel* ledger = section_->ledgerModel();
    QCOMPARE(ledger->rowCount(), 3);  // allocation, commitment of PF1, actual spend of C-1
    QCOMPARE(ledger->index(0, FundLedgerModel::Kind).data().toString(),
             QStringLiteral("Allocation"));
    QCOMPARE(ledger->index(1, FundLedgerModel::Source).data().toString(),
             QStringLiteral("Promotion PF1"));
    QCOMPARE(ledger->index(2, FundLedgerModel::Kind).data().toString(),
             QStringLiteral("Actual spend"));
    QCOMPARE(ledger->index(2, FundLedgerModel::Amount).data().toString(), QStringLiteral("900.00"));
    QCOMPARE(ledger->index(2, FundLedgerModel::Source).data().toString(),
             QStringLiteral("Claim C-1"));
    snapshot(window_.get(), "funds_tree");
}

void FundsGuiTest::transferThroughTheDialogMovesFiguresAndUndoRestoresThem() {
    QVERIFY(section_->selectFund(QStringLiteral("Fizz")));
    FundTransferDialog* dialog = section_->openTransferDialog();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->fromCombo()->currentText(), QStringLiteral("Fizz"));
    dialog->toCombo()->setCurrentIndex(dialog->toCombo()->findText(QStringLiteral("Crunch")));
    QTest::keyClicks(dialog->amountEdit(), QStringLiteral("250.00"));
    QVERIFY(!okButton(dialog)->isEnabled());  // a transfer needs a reason
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("summer push"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY2(dialog->previewText().contains(QStringLiteral("Fizz: 2,400.00 available → 2,150.00")),
             qPrintable(dialog->previewText()));
    QVERIFY2(
        dialog->previewText().contains(QStringLiteral("Crunch: 2,000.00 available → 2,250.00")),
        qPrintable(dialog->previewText()));
    snapshot(dialog, "funds_transfer");
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(visibleRefusalBox() == nullptr);

    QCOMPARE(cell(QStringLiteral("Fizz"), FundTreeModel::Available), QStringLiteral("2,150.00"));
    QCOMPARE(cell(QStringLiteral("Crunch"), FundTreeModel::Available), QStringLiteral("2,250.00"));
    QCOMPARE(inFile("Fizz").transfers_out, std::int64_t{25'000});
    QCOMPARE(inFile("Crunch").transfers_in, std::int64_t{25'000});
    // The ledger of Fizz ends with the transfer out, linked to Crunch, with its reason.
    QCOMPARE(section_->currentFund(),
             fundIndex(QStringLiteral("Fizz")).data(FundTreeModel::FundIdRole).toLongLong());
    const FundLedgerModel* ledger = section_->ledgerModel();
    const int last = ledger->rowCount() - 1;
    QCOMPARE(ledger->index(last, FundLedgerModel::Kind).data().toString(),
             QStringLiteral("Transfer out"));
    QCOMPARE(ledger->index(last, FundLedgerModel::Amount).data().toString(),
             QStringLiteral("250.00"));
    QCOMPARE(ledger->index(last, FundLedgerModel::Source).data().toString(),
             QStringLiteral("To Crunch"));
    QCOMPARE(ledger->index(last, FundLedgerModel::Reason).data().toString(),
             QStringLiteral("summer push"));
    QCOMPARE(window_->undoStack()->undoText(),
             QStringLiteral("transfer of 250.00 from Fizz to Crunch"));

    // Undo: both funds exactly as before, in the file too; the ledger keeps both movements.
    undo();
    QCOMPARE(cell(QStringLiteral("Fizz"), FundTreeModel::Available), QStringLiteral("2,400.00"));
    QCOMPARE(cell(QStringLiteral("Crunch"), FundTreeModel::Available), QStringLiteral("2,000.00"));
    QCOMPARE(inFile("Fizz").transfers_out, std::int64_t{0});
    QCOMPARE(inFile("Crunch").transfers_in, std::int64_t{0});
    QCOMPARE(ledger->rowCount(), last + 2);
    QCOMPARE(ledger->index(last + 1, FundLedgerModel::Amount).data().toString(),
             QStringLiteral("-250.00"));
    QCOMPARE(ledger->index(last + 1, FundLedgerModel::Reason).data().toString(),
             QStringLiteral("undo: summer push"));
    // Redo books it again.
    window_->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(cell(QStringLiteral("Fizz"), FundTreeModel::Available), QStringLiteral("2,150.00"));

    // More than Fizz has: the dialog warns, the core refuses, nothing moves.
    dialog = section_->openTransferDialog();
    QTest::keyClicks(dialog->amountEdit(), QStringLiteral("5000"));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("too much"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("transferProblem"))->isVisible());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(visibleRefusalBox() != nullptr);
    QVERIFY(visibleRefusalBox()->text().contains(QStringLiteral("refused")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(cell(QStringLiteral("Fizz"), FundTreeModel::Available), QStringLiteral("2,150.00"));
}

void FundsGuiTest::allocationCarvesOutOfTheParentAndUndoGivesItBack() {
    QVERIFY(section_->selectFund(QStringLiteral("Crunch")));
    FundAllocateDialog* dialog = section_->openAllocateDialog();
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->amountEdit(), QStringLiteral("1,500.00"));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("launch"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(visibleRefusalBox() == nullptr);
    QCOMPARE(cell(QStringLiteral("Crunch"), FundTreeModel::Allocated), QStringLiteral("3,500.00"));
    QCOMPARE(cell(QStringLiteral("HQ"), FundTreeModel::Available), QStringLiteral("2,500.00"));
    QCOMPARE(inFile("HQ").distributed, std::int64_t{750'000});

    undo();
    QCOMPARE(cell(QStringLiteral("Crunch"), FundTreeModel::Allocated), QStringLiteral("2,000.00"));
    QCOMPARE(cell(QStringLiteral("HQ"), FundTreeModel::Available), QStringLiteral("4,000.00"));
    QCOMPARE(inFile("HQ").distributed, std::int64_t{600'000});
    QCOMPARE(inFile("Crunch").allocated, std::int64_t{200'000});
}

void FundsGuiTest::claimsSettleSplitAndWriteOffAndUndo() {
    section_->tabs()->setCurrentWidget(section_->claims());
    ClaimsPanel* panel = section_->claims();
    QVERIFY(panel->isVisible());
    QTableView* table = panel->view()->table();
    const QAbstractItemModel* shown = table->model();
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("claimTotals"))->text(),
             QStringLiteral("All claims: 600.00 open, 900.00 settled, 0.00 written off."));
    // Open claims only: C-1 is settled.
    QCOMPARE(panel->showCombo()->currentText(), QStringLiteral("Open claims"));
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(viewRowOf(shown, ClaimTableModel::ClaimId, QStringLiteral("C-1")), -1);
    const auto select = [&](const QString& id) {
        const int row = viewRowOf(shown, ClaimTableModel::ClaimId, id);
        QVERIFY(row >= 0);
        table->setCurrentIndex(shown->index(row, ClaimTableModel::ClaimId));
    };
    const auto claimCell = [&](const QString& id, int column) {
        panel->showCombo()->setCurrentIndex(1);  // all claims
        const int row = viewRowOf(shown, ClaimTableModel::ClaimId, id);
        return row < 0 ? QString() : shown->index(row, column).data().toString();
    };
    const auto fizz = [&](int column) { return cell(QStringLiteral("Fizz"), column); };

    // Settle C-3 in full: 100 of PF2's commitment on Fizz becomes actual spend.
    select(QStringLiteral("C-3"));
    QVERIFY(panel->settleButton()->isEnabled());
    QTest::mouseClick(panel->settleButton(), Qt::LeftButton);
    QVERIFY(visibleRefusalBox() == nullptr);
    QCOMPARE(viewRowOf(shown, ClaimTableModel::ClaimId, QStringLiteral("C-3")), -1);
    QCOMPARE(fizz(FundTreeModel::Actual), QStringLiteral("100.00"));
    QCOMPARE(fizz(FundTreeModel::Committed), QStringLiteral("500.00"));

    // Split C-2: 200 now, 300 stays open.
    select(QStringLiteral("C-2"));
    ClaimSettleDialog* part = panel->openPartDialog();
    QVERIFY(part != nullptr);
    QTest::keyClicks(part->amountEdit(), QStringLiteral("200"));
    QVERIFY2(part->previewLabel()->text().contains(QStringLiteral("<b>300.00</b>")),
             qPrintable(part->previewLabel()->text()));
    QTest::mouseClick(okButton(part), Qt::LeftButton);
    QVERIFY(visibleRefusalBox() == nullptr);
    QCOMPARE(claimCell(QStringLiteral("C-2"), ClaimTableModel::Settled), QStringLiteral("200.00"));
    QCOMPARE(claimCell(QStringLiteral("C-2"), ClaimTableModel::Open), QStringLiteral("300.00"));
    QCOMPARE(claimCell(QStringLiteral("C-2"), ClaimTableModel::Status),
             QStringLiteral("Part settled"));
    QCOMPARE(fizz(FundTreeModel::Actual), QStringLiteral("300.00"));

    // Write off 50 of C-2: a reason is required.
    select(QStringLiteral("C-2"));
    ClaimSettleDialog* writeOff = panel->openWriteOffDialog();
    QVERIFY(writeOff != nullptr);
    QTest::keyClicks(writeOff->amountEdit(), QStringLiteral("50"));
    QVERIFY(!okButton(writeOff)->isEnabled());
    QTest::keyClicks(writeOff->reasonEdit(), QStringLiteral("damaged goods"));
    QVERIFY(okButton(writeOff)->isEnabled());
    // The write-off takes a code of the one reason-code catalogue.
    QComboBox* code = writeOff->codeCombo();
    QVERIFY(code != nullptr);
    code->setCurrentIndex(code->findData(QStringLiteral("DAMAGED")));
    QVERIFY(code->currentText().startsWith(QStringLiteral("DAMAGED")));
    snapshot(writeOff, "claims_write_off");
    QTest::mouseClick(okButton(writeOff), Qt::LeftButton);
    QVERIFY(visibleRefusalBox() == nullptr);
    QCOMPARE(claimCell(QStringLiteral("C-2"), ClaimTableModel::WrittenOff),
             QStringLiteral("50.00"));
    QCOMPARE(claimCell(QStringLiteral("C-2"), ClaimTableModel::Open), QStringLiteral("250.00"));
    {
        db::Statement stored(
            window_->session()->connection(),
            "SELECT reason_code FROM claim_settlements WHERE kind = 'written_off'");
        QVERIFY(stored.step());
        QCOMPARE(QString::fromStdString(stored.get_text(0)), QStringLiteral("DAMAGED"));
    }
    // The write-off counts in actual; it draws no commitment down.
    QCOMPARE(fizz(FundTreeModel::Actual), QStringLiteral("350.00"));
    QCOMPARE(fizz(FundTreeModel::Committed), QStringLiteral("300.00"));
    QCOMPARE(fizz(FundTreeModel::Available), QStringLiteral("2,350.00"));
    snapshot(window_.get(), "claims_panel");

    // Undo, step by step, back to where it began, in the file too.
    QCOMPARE(window_->undoStack()->undoText(), QStringLiteral("write-off of 50.00 on claim C-2"));
    undo();
    QCOMPARE(claimCell(QStringLiteral("C-2"), ClaimTableModel::WrittenOff), QStringLiteral("0.00"));
    QCOMPARE(fizz(FundTreeModel::Actual), QStringLiteral("300.00"));
    undo();
    QCOMPARE(claimCell(QStringLiteral("C-2"), ClaimTableModel::Open), QStringLiteral("500.00"));
    QCOMPARE(claimCell(QStringLiteral("C-2"), ClaimTableModel::Status), QStringLiteral("Open"));
    undo();
    QCOMPARE(claimCell(QStringLiteral("C-3"), ClaimTableModel::Open), QStringLiteral("100.00"));
    QCOMPARE(fizz(FundTreeModel::Actual), QStringLiteral("0.00"));
    QCOMPARE(fizz(FundTreeModel::Committed), QStringLiteral("600.00"));
    QCOMPARE(fizz(FundTreeModel::Available), QStringLiteral("2,400.00"));
    const FundFigures f = inFile("Fizz");
    QCOMPARE(f.actual, std::int64_t{0});
    QCOMPARE(f.committed, std::int64_t{60'000});
    db::Connection conn = db::open_file(toPath(db_));
    QCOMPARE(find_claim(conn, "C-2")->open(), std::int64_t{50'000});
}

void FundsGuiTest::accrualFundFollowsAnActualsImport() {
    const QString acc = QStringLiteral("Fizz-Accrual");
    QCOMPARE(cell(acc, FundTreeModel::Accrued), QStringLiteral("0.00"));
    QCOMPARE(cell(acc, FundTreeModel::Budget), QStringLiteral("0.00"));

    // Import actuals through the wizard while the Funds section is on screen.
    window_->findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
    ImportWizard* wizard = window_->importWizard();
    QVERIFY(wizard != nullptr && wizard->isVisible());
    auto* kindCombo = wizard->findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    kindCombo->setCurrentIndex(kindCombo->findData(static_cast<int>(ImportKind::Actuals)));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("importFileEdit")),
                     dir_.filePath(QStringLiteral("actuals.csv")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(imported.wait(kTimeoutMs) || imported.count() == 1);

    // 144.00 + 84.00 + 11.00 of Fizz's gross sales at 10 %: 23.90, on screen at once.
    QTRY_COMPARE_WITH_TIMEOUT(cell(acc, FundTreeModel::Accrued), QStringLiteral("23.90"),
                              kTimeoutMs);
    QCOMPARE(cell(acc, FundTreeModel::Budget), QStringLiteral("23.90"));
    QCOMPARE(cell(acc, FundTreeModel::Available), QStringLiteral("23.90"));
    QCOMPARE(inFile("Fizz-Accrual").accrued, std::int64_t{2'390});
}

void FundsGuiTest::russianTranslationCoversTheFundsScreens() {
    QTranslator ru;
    QVERIFY(ru.load(QLocale(QLocale::Russian), QStringLiteral("uplift"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")));
    QCOMPARE(ru.translate("uplift::app::MainWindow", "Funds"), QStringLiteral("Фонды"));
    QCOMPARE(ru.translate("uplift::app::FundTreeModel", "Available"), QStringLiteral("Доступно"));
    QCOMPARE(ru.translate("uplift::app::ClaimsPanel", "Settle &part…"),
             QStringLiteral("Урегулировать &часть…"));
    QCOMPARE(ru.translate("uplift::app::ClaimsPanel",
                          "All claims: %1 open, %2 settled, %3 "
                          "written off."),
             QStringLiteral("Все претензии: открыто %1, урегулировано %2, списано %3."));
    QCOMPARE(ru.translate("FundTransferCommand", "transfer of %1 from %2 to %3"),
             QStringLiteral("перевод %1 из %2 в %3"));
}

namespace uplift::app::test {

int runFundsGuiTest(int argc, char** argv) {
    FundsGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace uplift::app::test

#include "funds_gui_test.moc"
