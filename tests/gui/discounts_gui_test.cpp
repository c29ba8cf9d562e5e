// The Discounts section driven offscreen: the inbox lists pending requests by value, A approves
// (the request becomes condition REQ-<id>) and R rejects with the reason typed, each one
// keystroke, with the next request current after each; a requester cannot decide their own
// request and the buttons say why; a new request is routed by the core; the condition dialog
// shows a clash with an exclusive condition and refuses it, and an added condition is undone
// and redone; a return is entered and undone; the unjustified discounts scan runs in the
// background and its group drills down to the rows.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include "condition_dialog.h"
#include "conditions_panel.h"
#include "db/uplift_file.h"
#include "discount_choices.h"
#include "discount_inbox.h"
#include "discount_models.h"
#include "discount_request_dialog.h"
#include "discounts/condition.h"
#include "discounts/returns.h"
#include "discounts_section.h"
#include "filtered_table_view.h"
#include "gui_fixture.h"
#include "item_roles.h"
#include "main_window.h"
#include "navigation_sidebar.h"
#include "reason_dialog.h"
#include "return_dialog.h"
#include "returns_panel.h"
#include "security/users.h"
#include "text_conversions.h"
#include "unjustified_models.h"
#include "unjustified_panel.h"
#include "workflows/discount_decisions.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

std::int64_t g_small = 0;   // kim: 12 % on STORE1 P001, 1,000 units
std::int64_t g_large = 0;   // kim: 10 % on STORE2 P004, 100 units: the largest value
std::int64_t g_medium = 0;  // kim: 8 % on STORE3 P002, 1,000 units

QPushButton* okOf(QDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

}  // namespace

class DiscountsGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanup();

    void inboxOrdersByValueAndAApprovesIntoACondition();
    void rAsksTheReasonAndRejects();
    void requesterMayNotDecideTheirOwnRequest();
    void newRequestIsRoutedByTheCore();
    void exclusiveClashIsShownAndRefusedInTheDialog();
    void addedConditionIsUndoneAndRedone();
    void editedAndDeletedConditionsAreUndone();
    void returnIsEnteredAndUndone();
    void unjustifiedScanGroupsAndDrillsDown();
    void russianTranslationCoversTheDiscountsScreens();

  private:
    DiscountsSection* openAs(const QString& user, int tab);
    int rowOfRequest(std::int64_t id) const;
    void undo();
    void redo();

    QTemporaryDir dir_;
    QString template_;
    QString db_;
    std::unique_ptr<MainWindow> window_;
    DiscountsSection* section_ = nullptr;
};

void DiscountsGuiTest::initTestCase() {
    prepareGuiTestClass(QStringLiteral("UpliftDiscountsGuiTest"));
    QVERIFY(dir_.isValid());
    template_ = dir_.filePath(QStringLiteral("discounts.uplift"));
    QVERIFY(writeTestData(dir_.path(), template_));

    // Invoice discounts that nothing allows: STORE7 P001 in two March weeks (12.00 and 6.00),
    // and a row without a discount that is not flagged.
    const QString actuals = dir_.filePath(QStringLiteral("discounted_actuals.csv"));
    QFile f(actuals);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "week,account,sku,units,gross_amount,discount_amount\n"
        "2025-03-03,STORE7,P001,100,120.00,12.00\n"
        "2025-03-10,STORE7,P001,100,120.00,6.00\n"
        "2025-03-03,STORE8,P002,10,21.00,0\n");
    f.close();

    db::Connection conn = db::open_file(toPath(template_));
    const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
    add_user(conn, admin, "kim", {Role::KeyAccountManager}, "Kim Account");
    add_user(conn, admin, "sam", {Role::SalesManager}, "Sam Sales");
    import_file(conn, admin, ImportKind::Actuals, toPath(actuals));

    const ActionContext kim = load_actor(conn, "kim", toDate(kToday), nowIso());
    const auto ask = [&](const char* account, const char* sku, std::int64_t pct,
                         std::int64_t units) {
        NewDiscountRequest r;
        r.account = account;
        r.skus = {sku};
        r.pct_units = pct;
        r.period = {Date(2025, 7, 1), Date(2025, 7, 31)};
        r.reason = "TPR";
        r.expected_units = units;
        return request_discount(conn, kim, r);
    };
    const RequestOutcome small = ask("STORE1", "P001", 120'000, 1'000);
    QCOMPARE(small.status, RequestStatus::Pending);
    QCOMPARE(small.level, ApproverLevel::SalesManager);
    g_small = small.id;
    g_large = ask("STORE2", "P004", 100'000, 100).id;
    g_medium = ask("STORE3", "P002", 80'000, 1'000).id;

    // An exclusive condition on STORE1 for the whole year.
    ConditionInput excl;
    excl.name = "EXCL-STORE1";
    excl.pct_units = 20'000;
    excl.period = {Date(2025, 1, 1), Date(2025, 12, 31)};
    excl.account = "STORE1";
    excl.exclusive = true;
    add_condition(conn, admin, excl);
}

void DiscountsGuiTest::cleanup() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w) != nullptr || qobject_cast<QDialog*>(w) != nullptr) {
            w->close();
        }
    }
    section_ = nullptr;
    window_.reset();
}

DiscountsSection* DiscountsGuiTest::openAs(const QString& user, int tab) {
    db_ = dir_.filePath(QStringLiteral("%1.uplift").arg(QTest::currentTestFunction()));
    QFile::remove(db_);
    if (!QFile::copy(template_, db_)) {
        return nullptr;
    }
    QSettings().clear();
    QSettings().setValue(QStringLiteral("discounts/tab"), tab);
    SessionOptions options;
    options.today = kToday;
    options.userName = user;
    window_ = std::make_unique<MainWindow>(options);
    window_->resize(1300, 860);
    window_->show();
    if (!QTest::qWaitForWindowExposed(window_.get()) || !window_->openFile(db_)) {
        return nullptr;
    }
    NavigationSidebar* sidebar = window_->sidebar();
    QListWidgetItem* item = sidebar->itemFor(Section::Discounts);
    if (item == nullptr) {
        return nullptr;
    }
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(item).center());
    section_ = qobject_cast<DiscountsSection*>(window_->sectionWidget(Section::Discounts));
    return section_ != nullptr && section_->isVisible() ? section_ : nullptr;
}

int DiscountsGuiTest::rowOfRequest(std::int64_t id) const {
    const QAbstractItemModel* m = section_->inbox()->view()->table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, DiscountRequestModel::Id).data(Qt::DisplayRole).toString() ==
            QLocale().toString(static_cast<qint64>(id))) {
            return r;
        }
    }
    return -1;
}

void DiscountsGuiTest::undo() {
    window_->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
}

void DiscountsGuiTest::redo() {
    window_->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
}

void DiscountsGuiTest::inboxOrdersByValueAndAApprovesIntoACondition() {
    QVERIFY(openAs(QStringLiteral("sam"), 0) != nullptr);
    DiscountInbox* inbox = section_->inbox();
    QTableView* table = inbox->view()->table();
    QCOMPARE(table->model()->rowCount(), 3);
    // Largest value first: 10 % of 1,234.50 × 100 before 8 % of 2.10 × 1,000 before 12 % of
    // 1.20 × 1,000.
    QCOMPARE(rowOfRequest(g_large), 0);
    QCOMPARE(rowOfRequest(g_medium), 1);
    QCOMPARE(rowOfRequest(g_small), 2);
    QCOMPARE(table->model()->index(0, DiscountRequestModel::Value).data().toString(),
             QStringLiteral("12,345.00"));
    QCOMPARE(table->model()->index(2, DiscountRequestModel::Depth).data().toString(),
             QStringLiteral("12\u00a0%"));
    QCOMPARE(table->model()->index(2, DiscountRequestModel::Level).data().toString(),
             QStringLiteral("Sales manager"));

    // The current row's decision panel shows once the selection settles; Enter shows it at once.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(inbox->panelRequest(), g_medium);
    table->setCurrentIndex(table->model()->index(2, 0));
    QTRY_COMPARE_WITH_TIMEOUT(inbox->panelRequest(), g_small, kTimeoutMs);
    QVERIFY(inbox->approveButton()->isEnabled());
    test::snapshot(window_.get(), "discounts-inbox");

    // A approves: the request becomes condition REQ-<id>; the last row went, so the row above
    // it is current now.
    QTest::keyClick(table, Qt::Key_A);
    {
        db::Connection conn = db::open_file(toPath(db_));
        QCOMPARE(find_request(conn, g_small)->status, RequestStatus::Approved);
        QCOMPARE(find_request(conn, g_small)->decided_by, std::string("sam"));
        const auto c = find_condition(conn, "REQ-" + std::to_string(g_small));
        QVERIFY(c.has_value());
        QCOMPARE(c->pct_units, std::optional<std::int64_t>(120'000));
    }
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(inbox->currentRequest()->id, g_medium);
    QVERIFY2(inbox->outcomeLabel()->text().contains(QStringLiteral("REQ-%1").arg(g_small)),
             qPrintable(inbox->outcomeLabel()->text()));
    // The first row approved: the next one (now the first) is current.
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_A);
    QCOMPARE(inbox->currentRequest()->id, g_medium);
    // The conditions tab lists the new conditions.
    QVERIFY(section_->conditions()->model()->rowOf(QStringLiteral("REQ-%1").arg(g_small)) >= 0);
    QVERIFY(section_->conditions()->model()->rowOf(QStringLiteral("REQ-%1").arg(g_large)) >= 0);

    // The status filter shows the decided ones too.
    inbox->statusCombo()->setCurrentIndex(
        inbox->statusCombo()->findData(QStringLiteral("approved")));
    QCOMPARE(table->model()->rowCount(), 2);
}

void DiscountsGuiTest::rAsksTheReasonAndRejects() {
    QVERIFY(openAs(QStringLiteral("sam"), 0) != nullptr);
    DiscountInbox* inbox = section_->inbox();
    QTableView* table = inbox->view()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOfRequest(g_large), 0));
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto* dialog = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        QPushButton* ok = okOf(dialog);
        asked = !ok->isEnabled();  // a reason is required
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                         QStringLiteral("deeper than break-even"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::keyClick(table, Qt::Key_R);
    QVERIFY(asked);
    db::Connection conn = db::open_file(toPath(db_));
    const auto r = find_request(conn, g_large);
    QCOMPARE(r->status, RequestStatus::Rejected);
    QCOMPARE(r->decision_reason, std::string("deeper than break-even"));
    QVERIFY(!find_condition(conn, "REQ-" + std::to_string(g_large)).has_value());
    // The next request by value is current.
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(inbox->currentRequest()->id, g_medium);

    // Cancelling the reason leaves the request pending.
    QTimer::singleShot(0, this, [] {
        if (auto* dialog = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget())) {
            dialog->reject();
        }
    });
    QTest::keyClick(table, Qt::Key_R);
    QCOMPARE(find_request(conn, g_medium)->status, RequestStatus::Pending);
}

void DiscountsGuiTest::requesterMayNotDecideTheirOwnRequest() {
    QVERIFY(openAs(QStringLiteral("kim"), 0) != nullptr);
    DiscountInbox* inbox = section_->inbox();
    QTableView* table = inbox->view()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOfRequest(g_small), 0));
    QVERIFY(!inbox->approveButton()->isEnabled());
    QVERIFY(!inbox->rejectButton()->isEnabled());
    QVERIFY(!inbox->approveButton()->toolTip().isEmpty());
    {
        db::Connection conn = db::open_file(toPath(db_));
        const ActionContext kim = load_actor(conn, "kim", toDate(kToday), nowIso());
        QCOMPARE(inbox->approveButton()->toolTip(),
                 qs(why_may_not_decide(conn, kim, *find_request(conn, g_small))));
    }
    // The key does nothing but say why.
    QTest::keyClick(table, Qt::Key_A);
    QCOMPARE(inbox->outcomeLabel()->text(), inbox->approveButton()->toolTip());
    {
        db::Connection conn = db::open_file(toPath(db_));
        QCOMPARE(find_request(conn, g_small)->status, RequestStatus::Pending);
    }
    // The requester may withdraw it, and may raise requests; a sales manager may not.
    QVERIFY(inbox->withdrawButton()->isEnabled());
    QVERIFY(inbox->newRequestButton()->isEnabled());
    cleanup();
    QVERIFY(openAs(QStringLiteral("sam"), 0) != nullptr);
    QVERIFY(!section_->inbox()->newRequestButton()->isEnabled());
    QVERIFY(section_->inbox()->newRequestButton()->toolTip().contains(
        QStringLiteral("discounts.request")));
}

void DiscountsGuiTest::newRequestIsRoutedByTheCore() {
    QVERIFY(openAs(QStringLiteral("kim"), 0) != nullptr);
    DiscountInbox* inbox = section_->inbox();
    DiscountRequestDialog* dialog = inbox->openNewRequestDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(!okOf(dialog)->isEnabled());  // nothing chosen yet
    chooseAccount(dialog->accountCombo(), QStringLiteral("STORE5"));
    QListWidget* skus = dialog->skuPicker()->list();
    for (int i = 0; i < skus->count(); ++i) {
        if (skus->item(i)->data(Qt::UserRole).toString() == QLatin1String("P003")) {
            skus->item(i)->setCheckState(Qt::Checked);
        }
    }
    QTest::keyClicks(dialog->depthEdit(), QStringLiteral("4"));
    dialog->unitsEdit()->setText(QStringLiteral("500"));
    QVERIFY(okOf(dialog)->isEnabled());
    test::snapshot(dialog, "discounts-new-request");
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kTimeoutMs);
    // 4 % is within the automatic limit: approved at once, by "auto".
    QVERIFY2(inbox->outcomeLabel()->text().contains(QStringLiteral("approved at once")),
             qPrintable(inbox->outcomeLabel()->text()));
    db::Connection conn = db::open_file(toPath(db_));
    const std::vector<DiscountRequest> all = list_requests(conn);
    const DiscountRequest& last = all.back();
    QCOMPARE(last.account, std::string("STORE5"));
    QCOMPARE(last.status, RequestStatus::Approved);
    QCOMPARE(last.decided_by, std::string("auto"));
}

void DiscountsGuiTest::exclusiveClashIsShownAndRefusedInTheDialog() {
    QVERIFY(openAs(QStringLiteral("sam"), 1) != nullptr);
    ConditionsPanel* panel = section_->conditions();
    QVERIFY(panel->addButton()->isEnabled());
    ConditionDialog* dialog = panel->openAddDialog();
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Store 1 listing"));
    QTest::keyClicks(dialog->valueEdit(), QStringLiteral("3"));
    chooseAccount(dialog->accountCombo(), QStringLiteral("STORE1"));
    dialog->exclusiveBox()->setChecked(true);
    // The check runs shortly after typing stops.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->clashLabel()->isVisible(), kTimeoutMs);
    QVERIFY2(dialog->clashLabel()->text().contains(QStringLiteral("EXCL-STORE1")),
             qPrintable(dialog->clashLabel()->text()));
    QVERIFY(!dialog->okButton()->isEnabled());
    test::snapshot(dialog, "discounts-condition-clash");
    dialog->accept();  // as if OK were forced: still refused
    QVERIFY(dialog->isVisible());
    {
        db::Connection conn = db::open_file(toPath(db_));
        QVERIFY(!find_condition(conn, "Store 1 listing").has_value());
    }
    // Cumulative, it is allowed, with an amber warning that it stacks.
    dialog->exclusiveBox()->setChecked(false);
    dialog->recheck();
    QVERIFY(!dialog->clashLabel()->isVisible());
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY2(dialog->warningLabel()->isVisible(), "a cumulative condition under an exclusive one");
}

void DiscountsGuiTest::addedConditionIsUndoneAndRedone() {
    QVERIFY(openAs(QStringLiteral("sam"), 1) != nullptr);
    ConditionsPanel* panel = section_->conditions();
    const int before = panel->model()->rowCount();
    ConditionDialog* dialog = panel->openAddDialog();
    QVERIFY(dialog != nullptr);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Modern everyday"));
    QTest::keyClicks(dialog->valueEdit(), QStringLiteral("3"));
    dialog->channelCombo()->setCurrentIndex(
        dialog->channelCombo()->findData(QStringLiteral("Modern")));
    dialog->recheck();
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kTimeoutMs);
    const QString name = QStringLiteral("Modern everyday");
    QCOMPARE(panel->model()->rowCount(), before + 1);
    const int row = panel->model()->rowOf(name);
    QVERIFY(row >= 0);
    QCOMPARE(panel->model()->index(row, ConditionTableModel::Depth).data().toString(),
             QStringLiteral("3\u00a0%"));
    QCOMPARE(panel->model()->index(row, ConditionTableModel::Stacking).data().toString(),
             QStringLiteral("Cumulative"));
    test::snapshot(window_.get(), "discounts-conditions");

    undo();
    QCOMPARE(panel->model()->rowOf(name), -1);
    {
        db::Connection conn = db::open_file(toPath(db_));
        QVERIFY(!find_condition(conn, "Modern everyday").has_value());
    }
    redo();
    QVERIFY(panel->model()->rowOf(name) >= 0);
    db::Connection conn = db::open_file(toPath(db_));
    const auto c = find_condition(conn, "Modern everyday");
    QVERIFY(c.has_value());
    QCOMPARE(c->channel, std::string("Modern"));
    QCOMPARE(c->pct_units, std::optional<std::int64_t>(30'000));
}

void DiscountsGuiTest::editedAndDeletedConditionsAreUndone() {
    QVERIFY(openAs(QStringLiteral("fiona"), 1) != nullptr);
    ConditionsPanel* panel = section_->conditions();
    const QString name = QStringLiteral("EXCL-STORE1");
    QVERIFY(panel->selectCondition(name));
    const auto depthInFile = [this]() -> std::optional<std::int64_t> {
        db::Connection conn = db::open_file(toPath(db_));
        const auto c = find_condition(conn, "EXCL-STORE1");
        return c ? c->pct_units : std::nullopt;
    };

    // Edit: the dialog opens on the condition; its own exclusivity is no clash.
    ConditionDialog* dialog = panel->openEditDialog();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->nameEdit()->text(), name);
    QVERIFY(dialog->exclusiveBox()->isChecked());
    dialog->valueEdit()->setText(QStringLiteral("2.5"));
    dialog->recheck();
    QVERIFY2(!dialog->hasClash(), qPrintable(dialog->clashLabel()->text()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kTimeoutMs);
    QCOMPARE(depthInFile(), std::optional<std::int64_t>(25'000));
    const int row = panel->model()->rowOf(name);
    QCOMPARE(panel->model()->index(row, ConditionTableModel::Depth).data().toString(),
             QStringLiteral("2.5\u00a0%"));
    undo();
    QCOMPARE(depthInFile(), std::optional<std::int64_t>(20'000));

    // Delete asks a reason; undo enters it again as it was.
    QVERIFY(panel->selectCondition(name));
    QTimer::singleShot(0, this, [] {
        if (auto* ask = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget())) {
            QTest::keyClicks(ask->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                             QStringLiteral("deal ended"));
            QTest::mouseClick(okOf(ask), Qt::LeftButton);
        }
    });
    QVERIFY(panel->deleteCurrent());
    QCOMPARE(panel->model()->rowOf(name), -1);
    QCOMPARE(depthInFile(), std::nullopt);
    undo();
    QVERIFY(panel->model()->rowOf(name) >= 0);
    QCOMPARE(depthInFile(), std::optional<std::int64_t>(20'000));
    db::Connection conn = db::open_file(toPath(db_));
    QVERIFY(find_condition(conn, "EXCL-STORE1")->exclusive);
}

void DiscountsGuiTest::returnIsEnteredAndUndone() {
    QVERIFY(openAs(QStringLiteral("admin"), 2) != nullptr);
    ReturnsPanel* panel = section_->returns();
    QCOMPARE(panel->model()->rowCount(), 0);
    ReturnDialog* dialog = panel->openNewDialog();
    QVERIFY(dialog != nullptr);
    dialog->kindCombo()->setCurrentIndex(1);  // write-off
    chooseAccount(dialog->accountCombo(), QStringLiteral("STORE4"));
    dialog->skuCombo()->setCurrentIndex(dialog->skuCombo()->findData(QStringLiteral("P002")));
    dialog->unitsBox()->setValue(12);
    QTest::keyClicks(dialog->amountEdit(), QStringLiteral("25.20"));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("crushed pallet"));
    QVERIFY(okOf(dialog)->isEnabled());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kTimeoutMs);
    QCOMPARE(panel->model()->rowCount(), 1);
    const QAbstractItemModel* m = panel->model();
    QCOMPARE(m->index(0, ReturnTableModel::Kind).data().toString(), QStringLiteral("Write-off"));
    QCOMPARE(m->index(0, ReturnTableModel::Account).data().toString(), QStringLiteral("STORE4"));
    QCOMPARE(m->index(0, ReturnTableModel::Units).data().toString(), QStringLiteral("12"));
    QCOMPARE(m->index(0, ReturnTableModel::Amount).data().toString(), QStringLiteral("25.20"));
    QCOMPARE(m->index(0, ReturnTableModel::Reason).data().toString(), QStringLiteral("DAMAGED"));
    {
        db::Connection conn = db::open_file(toPath(db_));
        QCOMPARE(list_returns(conn).size(), std::size_t{1});
    }
    undo();
    QCOMPARE(panel->model()->rowCount(), 0);
    db::Connection conn = db::open_file(toPath(db_));
    QVERIFY(list_returns(conn).empty());
}

void DiscountsGuiTest::unjustifiedScanGroupsAndDrillsDown() {
    // Opening on the tab starts the scan in the background.
    QVERIFY(openAs(QStringLiteral("fiona"), 3) != nullptr);
    UnjustifiedPanel* panel = section_->unjustified();
    QTRY_VERIFY_WITH_TIMEOUT(panel->hasResult() && !panel->isRunning(), kTimeoutMs);
    const UnjustifiedGroupModel* groups = panel->groupModel();
    QCOMPARE(groups->rowCount(), 1);
    QCOMPARE(groups->index(0, UnjustifiedGroupModel::Account).data().toString(),
             QStringLiteral("STORE7"));
    QCOMPARE(groups->index(0, UnjustifiedGroupModel::Reason).data().toString(),
             QStringLiteral("No entitlement"));
    QCOMPARE(groups->index(0, UnjustifiedGroupModel::Month).data(SortRole).toString(),
             QStringLiteral("2025-03"));
    QCOMPARE(groups->index(0, UnjustifiedGroupModel::Rows).data().toString(), QStringLiteral("2"));
    QCOMPARE(groups->index(0, UnjustifiedGroupModel::Invoiced).data().toString(),
             QStringLiteral("18.00"));
    QCOMPARE(groups->index(0, UnjustifiedGroupModel::Entitled).data().toString(),
             QStringLiteral("0.00"));
    QCOMPARE(groups->index(0, UnjustifiedGroupModel::Excess).data().toString(),
             QStringLiteral("18.00"));
    QVERIFY(panel->totalsLabel()->text().contains(QStringLiteral("18.00")));

    // Double-click the group: its rows below.
    QTableView* table = panel->groupView()->table();
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const UnjustifiedRowModel* rows = panel->rowModel();
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->index(0, UnjustifiedRowModel::Sku).data().toString(), QStringLiteral("P001"));
    QCOMPARE(rows->index(0, UnjustifiedRowModel::Excess).data().toString(),
             QStringLiteral("12.00"));
    QCOMPARE(rows->index(1, UnjustifiedRowModel::Excess).data().toString(), QStringLiteral("6.00"));
    test::snapshot(window_.get(), "discounts-unjustified");

    // The CSV of the rows.
    const QString csv = dir_.filePath(QStringLiteral("unjustified.csv"));
    QString error;
    QVERIFY2(panel->exportCsv(csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()),
             QStringLiteral("week,account,sku,invoiced_discount,entitled_discount,excess,reason\n"
                            "2025-03-03,STORE7,P001,12.00,0.00,12.00,no_entitlement\n"
                            "2025-03-10,STORE7,P001,6.00,0.00,6.00,no_entitlement\n"));
    // The same rows as the CLI's PDF document.
    const QString pdf = dir_.filePath(QStringLiteral("unjustified.pdf"));
    QVERIFY2(panel->exportPdf(pdf, &error), qPrintable(error));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(kTimeoutMs));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(body.contains(QStringLiteral("Unjustified discounts")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("Page 1 of 1")));
        QVERIFY(body.contains(QStringLiteral("2025-03-03")));
        QVERIFY(body.contains(QStringLiteral("12.00")));
    }

    // Narrowed to last month (May 2025, from today 2 June), the March rows are gone; to STORE8
    // over all weeks, too; to STORE7 they are back.
    QComboBox* period = panel->periodCombo();
    period->setCurrentIndex(period->findData(QStringLiteral("last-month")));
    QCOMPARE(panel->filter().from, std::optional<Date>(Date(2025, 5, 1)));
    QCOMPARE(panel->filter().to, std::optional<Date>(Date(2025, 5, 31)));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), kTimeoutMs);
    QCOMPARE(groups->rowCount(), 0);
    period->setCurrentIndex(period->findData(QStringLiteral("all")));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), kTimeoutMs);
    QCOMPARE(groups->rowCount(), 1);
    chooseAccount(panel->accountCombo(), QStringLiteral("STORE8"));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), kTimeoutMs);
    QCOMPARE(panel->filter().account, std::string("STORE8"));
    QCOMPARE(groups->rowCount(), 0);
    chooseAccount(panel->accountCombo(), QStringLiteral("STORE7"));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), kTimeoutMs);
    QCOMPARE(groups->rowCount(), 1);
}

void DiscountsGuiTest::russianTranslationCoversTheDiscountsScreens() {
    QTranslator ru;
    QVERIFY(ru.load(QLocale(QLocale::Russian), QStringLiteral("uplift"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")));
    QCOMPARE(ru.translate("uplift::app::MainWindow", "Discounts"), QStringLiteral("Скидки"));
    QCOMPARE(ru.translate("uplift::app::DiscountsSection", "&Unjustified discounts"),
             QStringLiteral("&Необоснованные скидки"));
    QCOMPARE(ru.translate("uplift::app::DiscountInbox", "&Approve"), QStringLiteral("У&твердить"));
    QCOMPARE(ru.translate("uplift::app::DiscountInbox", "%n pending, worth %1", nullptr, 3),
             QStringLiteral("%n заявки ожидают решения, на сумму %1"));
    QCOMPARE(ru.translate("uplift::app::UnjustifiedGroupModel", "Excess"),
             QStringLiteral("Превышение"));
    QCOMPARE(ru.translate("uplift::app::ReturnsPanel", "write-off of %1 for %2"),
             QStringLiteral("списание %1 по клиенту %2"));
    // The sku combo of the return dialog splits its items at " — ": the translation keeps it.
    QCOMPARE(ru.translate("uplift::app::ReturnDialog", "%1 — %2"), QStringLiteral("%1 — %2"));
}

namespace uplift::app::test {

int runDiscountsGuiTest(int argc, char** argv) {
    DiscountsGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace uplift::app::test

#include "discounts_gui_test.moc"
