// The application driven offscreen the way a user drives it: open a file, look at products,
// edit one and undo it, import through the wizard, and see a broken file refused by line.
// Every check is about what the window shows, confirmed against the core where it matters.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include "account_table_model.h"
#include "add_user_dialog.h"
#include "db/uplift_file.h"
#include "error_display.h"
#include "gui_fixture.h"
#include "import_wizard.h"
#include "main_window.h"
#include "masterdata/accounts.h"
#include "masterdata/products.h"
#include "money_format.h"
#include "navigation_sidebar.h"
#include "product_table_model.h"
#include "recent_files.h"
#include "security/audit.h"
#include "security/users.h"
#include "text_conversions.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

class GuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void moneyIsFormattedExactlyInTheUsersLocale();
    void russianTranslationIsShipped();
    void showsTheFileUserAndProducts();
    void editsAProductNameAndUndoesIt();
    void editsAPriceThroughTheMoneyEditor();
    void refusedEditShowsTheCoreMessageAndChangesNothing();
    void editsAnAccountAndUndoesIt();
    void importsActualsThroughTheWizard();
    void rollsTheBatchBackFromTheList();
    void brokenFileShowsErrorsByLineAndImportsNothing();
    void cancellingAnImportLeavesNothing();
    void sectionsFollowTheActingUsersRights();
    void newFileOpensEmptyAndJoinsRecentFiles();
    void adminAddsAUserWithRoles();

  private:
    void clickSection(Section section);
    QTableView* table(const char* name) const;
    ImportWizard* runWizard(ImportKind kind, const QString& file);
    std::int64_t batchCount();

    QTemporaryDir dir_;
    QString db_;
    std::unique_ptr<MainWindow> window_;
};

void GuiTest::initTestCase() {
    quietOffscreenWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpliftGuiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("UpliftGuiTest"));
    QSettings().clear();
    // Pinned so the expected texts ("1,234.50") do not depend on the machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("test.uplift"));

    QVERIFY2(writeTestData(dir_.path(), db_), "cannot write the test data");
}

void GuiTest::init() {
    SessionOptions options;
    options.userName = QStringLiteral("admin");
    options.today = kToday;
    window_ = std::make_unique<MainWindow>(options);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openFile(db_));
}

void GuiTest::cleanup() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(w) != nullptr) {
            w->close();
        }
    }
    window_.reset();
}

void GuiTest::clickSection(Section section) {
    NavigationSidebar* sidebar = window_->sidebar();
    QListWidgetItem* item = sidebar->itemFor(section);
    QVERIFY2(item != nullptr, "the section is not in the sidebar");
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(item).center());
}

QTableView* GuiTest::table(const char* name) const {
    return window_->findChild<QTableView*>(QString::fromLatin1(name));
}

std::int64_t GuiTest::batchCount() {
    db::Connection conn = db::open_file(toPath(db_));
    return static_cast<std::int64_t>(list_batches(conn).size());
}

// Drives the wizard from File > Import… to the start of the run, as a user clicks it.
ImportWizard* GuiTest::runWizard(ImportKind kind, const QString& file) {
    window_->findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
    ImportWizard* wizard = window_->importWizard();
    if (wizard == nullptr || !wizard->isVisible()) {
        return nullptr;
    }
    auto* kindCombo = wizard->findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    kindCombo->setCurrentIndex(kindCombo->findData(static_cast<int>(kind)));
    auto* fileEdit = wizard->findChild<QLineEdit*>(QStringLiteral("importFileEdit"));
    fileEdit->clear();
    QTest::keyClicks(fileEdit, file);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != ImportWizard::PreviewPage) {
        return nullptr;
    }
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != ImportWizard::ColumnsPage) {
        return nullptr;
    }
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    return wizard->currentId() == ImportWizard::RunPage ? wizard : nullptr;
}

void GuiTest::moneyIsFormattedExactlyInTheUsersLocale() {
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatMinorUnits(123456789, en), QStringLiteral("1,234,567.89"));
    QCOMPARE(formatMinorUnits(-5, en), QStringLiteral("-0.05"));
    // Beyond double's exact range: still exact to the cent.
    QCOMPARE(formatMinorUnits(9007199254740993LL, en), QStringLiteral("90,071,992,547,409.93"));
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    QCOMPARE(formatMinorUnits(123456789, ru), QStringLiteral("1\u00a0234\u00a0567,89"));
    QCOMPARE(editableMinorUnits(123456789, ru), QStringLiteral("1234567,89"));
}

void GuiTest::russianTranslationIsShipped() {
    QTranslator ru;
    QVERIFY(ru.load(QLocale(QLocale::Russian), QStringLiteral("uplift"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")));
    QCOMPARE(ru.translate("uplift::app::MainWindow", "&File"), QStringLiteral("&Файл"));
    QCOMPARE(ru.translate("uplift::app::MainWindow", "Products"), QStringLiteral("Товары"));
}

void GuiTest::showsTheFileUserAndProducts() {
    auto* fileLabel = window_->findChild<QLabel*>(QStringLiteral("sessionFileLabel"));
    QCOMPARE(fileLabel->text(), QStringLiteral("test.uplift"));
    auto* userLabel = window_->findChild<QLabel*>(QStringLiteral("sessionUserLabel"));
    QVERIFY(userLabel->text().contains(QStringLiteral("admin")));
    QVERIFY(userLabel->text().contains(QStringLiteral("Administrator")));
    auto* todayLabel = window_->findChild<QLabel*>(QStringLiteral("sessionTodayLabel"));
    QVERIFY2(todayLabel->text().contains(QStringLiteral("2025")), qPrintable(todayLabel->text()));

    clickSection(Section::Products);
    QTableView* products = table("productsTable");
    QVERIFY(products != nullptr);
    QTRY_VERIFY(products->isVisible());
    db::Connection conn = db::open_file(toPath(db_));
    QCOMPARE(products->model()->rowCount(), static_cast<int>(list_products(conn).size()));
    auto* count = products->parentWidget()->findChild<QLabel*>(QStringLiteral("rowCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("Rows: 4"));

    // Money: grouped, two decimals, right-aligned.
    const int row = viewRowOf(products->model(), ProductTableModel::Sku, QStringLiteral("P004"));
    QVERIFY(row >= 0);
    const QModelIndex price = products->model()->index(row, ProductTableModel::ListPrice);
    QCOMPARE(price.data().toString(), QStringLiteral("1,234.50"));
    QVERIFY(price.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);

    // Edit > Copy puts the selected cells on the clipboard as a spreadsheet pastes them.
    products->selectionModel()->select(
        QItemSelection(products->model()->index(row, ProductTableModel::Sku),
                       products->model()->index(row, ProductTableModel::Name)),
        QItemSelectionModel::ClearAndSelect);
    products->setFocus();
    window_->findChild<QAction*>(QStringLiteral("actionCopy"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("P004\tParty crisps crate"));

    // The filter box narrows the rows and the count says so.
    auto* filter = products->parentWidget()->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("cola"));
    QCOMPARE(products->model()->rowCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("Rows: 2 of 4 (filtered)"));
    filter->clear();
    QCOMPARE(products->model()->rowCount(), 4);
}

void GuiTest::editsAProductNameAndUndoesIt() {
    clickSection(Section::Products);
    QTableView* products = table("productsTable");
    QAbstractItemModel* model = products->model();
    const int row = viewRowOf(model, ProductTableModel::Sku, QStringLiteral("P002"));
    QVERIFY(row >= 0);
    const QModelIndex name = model->index(row, ProductTableModel::Name);
    QCOMPARE(name.data().toString(), QStringLiteral("Cola 1.5l"));

    QVERIFY(model->setData(name, QStringLiteral("Cola 1.5l promo")));
    QCOMPARE(name.data().toString(), QStringLiteral("Cola 1.5l promo"));
    {
        db::Connection conn = db::open_file(toPath(db_));
        QCOMPARE(find_product(conn, "P002")->name, std::string("Cola 1.5l promo"));
        const auto audit = audit_history(conn, "product", "P002");
        QVERIFY(!audit.empty());
        QCOMPARE(audit.front().action, std::string("update"));
        QVERIFY(audit.front().new_value->find("Cola 1.5l promo") != std::string::npos);
    }
    // A second change of the same cell merges into the same undo step.
    QVERIFY(model->setData(name, QStringLiteral("Cola 1.5l summer")));
    QCOMPARE(window_->undoStack()->count(), 1);

    QAction* undo = window_->findChild<QAction*>(QStringLiteral("actionUndo"));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("P002")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(name.data().toString(), QStringLiteral("Cola 1.5l"));
    {
        db::Connection conn = db::open_file(toPath(db_));
        QCOMPARE(find_product(conn, "P002")->name, std::string("Cola 1.5l"));
    }
    QVERIFY(!undo->isEnabled());

    QAction* redo = window_->findChild<QAction*>(QStringLiteral("actionRedo"));
    redo->trigger();
    QCOMPARE(name.data().toString(), QStringLiteral("Cola 1.5l summer"));
    undo->trigger();
    QCOMPARE(name.data().toString(), QStringLiteral("Cola 1.5l"));
}

void GuiTest::editsAPriceThroughTheMoneyEditor() {
    clickSection(Section::Products);
    QTableView* products = table("productsTable");
    const int row = viewRowOf(products->model(), ProductTableModel::Sku, QStringLiteral("P001"));
    const QModelIndex price = products->model()->index(row, ProductTableModel::ListPrice);
    products->setCurrentIndex(price);
    products->edit(price);
    auto* editor = qobject_cast<QLineEdit*>(products->indexWidget(price));
    QVERIFY(editor != nullptr);
    QCOMPARE(editor->text(), QStringLiteral("1.20"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("1,234.56"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(price.data().toString(), QStringLiteral("1,234.56"));
    db::Connection conn = db::open_file(toPath(db_));
    QCOMPARE(find_product(conn, "P001")->list_price.minor(), std::int64_t{123456});

    window_->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(price.data().toString(), QStringLiteral("1.20"));
    QCOMPARE(find_product(conn, "P001")->list_price.minor(), std::int64_t{120});
}

void GuiTest::refusedEditShowsTheCoreMessageAndChangesNothing() {
    clickSection(Section::Products);
    QTableView* products = table("productsTable");
    QAbstractItemModel* model = products->model();
    const int row = viewRowOf(model, ProductTableModel::Sku, QStringLiteral("P003"));
    const QModelIndex name = model->index(row, ProductTableModel::Name);
    const int steps = window_->undoStack()->count();

    QVERIFY(!model->setData(name, QString()));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleRefusalBox()) != nullptr);
    snapshot(box, "refusal_box");
    QVERIFY2(box->informativeText().contains(QStringLiteral("name must not be empty")),
             qPrintable(box->informativeText()));
    QCOMPARE(name.data().toString(), QStringLiteral("Lemonade 0.5l"));
    QCOMPARE(window_->undoStack()->count(), steps);
    db::Connection conn = db::open_file(toPath(db_));
    QCOMPARE(find_product(conn, "P003")->name, std::string("Lemonade 0.5l"));
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(visibleRefusalBox() == nullptr);
}

void GuiTest::editsAnAccountAndUndoesIt() {
    clickSection(Section::Accounts);
    QTableView* accounts = table("accountsTable");
    QTRY_VERIFY(accounts->isVisible());
    QAbstractItemModel* model = accounts->model();
    const int row = viewRowOf(model, AccountTableModel::Code, QStringLiteral("STORE7"));
    QVERIFY(row >= 0);
    const QModelIndex region = model->index(row, AccountTableModel::Region);
    QCOMPARE(region.data().toString(), QStringLiteral("South"));

    // A region not seen before is created by the core.
    QVERIFY(model->setData(region, QStringLiteral("East")));
    QCOMPARE(region.data().toString(), QStringLiteral("East"));
    {
        db::Connection conn = db::open_file(toPath(db_));
        QCOMPARE(find_account(conn, "STORE7")->region, std::string("East"));
    }
    window_->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(region.data().toString(), QStringLiteral("South"));
    db::Connection conn = db::open_file(toPath(db_));
    QCOMPARE(find_account(conn, "STORE7")->region, std::string("South"));
}

void GuiTest::importsActualsThroughTheWizard() {
    const std::int64_t before = batchCount();
    ImportWizard* wizard = nullptr;
    window_->findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
    wizard = window_->importWizard();
    QVERIFY(wizard != nullptr && wizard->isVisible());

    // Step by step, checking what each page shows.
    auto* kindCombo = wizard->findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    kindCombo->setCurrentIndex(kindCombo->findData(static_cast<int>(ImportKind::Actuals)));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("importFileEdit")),
                     dir_.filePath(QStringLiteral("actuals.csv")));
    snapshot(wizard, "wizard_choose");
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::PreviewPage));
    auto* preview = wizard->findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->columnCount(), 5);
    QCOMPARE(preview->horizontalHeaderItem(3)->text(), QStringLiteral("units"));
    QCOMPARE(preview->item(1, 2)->text(), QStringLiteral("P002"));
    snapshot(wizard, "wizard_preview");

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::ColumnsPage));
    auto* columns = wizard->findChild<QTreeWidget*>(QStringLiteral("importColumnsList"));
    QCOMPARE(columns->topLevelItemCount(), 5);
    QCOMPARE(columns->topLevelItem(0)->text(1), QStringLiteral("required column"));
    snapshot(wizard, "wizard_columns");

    QSignalSpy imported(wizard, &ImportWizard::imported);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::RunPage));
    QVERIFY(imported.wait(kTimeoutMs) || imported.count() == 1);

    auto* result = wizard->findChild<QLabel*>(QStringLiteral("importResultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), kTimeoutMs);
    QVERIFY2(result->text().contains(QStringLiteral("<b>3</b> inserted")),
             qPrintable(result->text()));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    snapshot(wizard, "wizard_result");

    db::Connection conn = db::open_file(toPath(db_));
    const auto batches = list_batches(conn);
    QCOMPARE(static_cast<std::int64_t>(batches.size()), before + 1);
    QCOMPARE(batches.back().kind, std::string("actuals"));
    QCOMPARE(batches.back().file_name, std::string("actuals.csv"));
    QCOMPARE(batches.back().inserted, std::int64_t{3});

    // The status line and the Imports section show the new batch.
    auto* last = window_->findChild<QLabel*>(QStringLiteral("lastImportLabel"));
    QVERIFY2(last->text().contains(QStringLiteral("actuals.csv")), qPrintable(last->text()));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(window_->importWizard() == nullptr);
    clickSection(Section::Imports);
    QTableView* list = table("batchesTable");
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), static_cast<int>(batches.size()));
    QCOMPARE(list->model()->index(0, 2).data().toString(), QStringLiteral("actuals.csv"));
    QCOMPARE(list->model()->index(0, 5).data().toString(), QStringLiteral("3"));
}

void GuiTest::rollsTheBatchBackFromTheList() {
    clickSection(Section::Imports);
    QTableView* list = table("batchesTable");
    QTRY_VERIFY(list->isVisible());
    // Newest first: the actuals batch imported by the previous test.
    QCOMPARE(list->model()->index(0, 2).data().toString(), QStringLiteral("actuals.csv"));
    auto* rollback = window_->findChild<QPushButton*>(QStringLiteral("rollbackButton"));
    QVERIFY(!rollback->isEnabled());
    list->selectRow(0);
    QVERIFY(rollback->isEnabled());
    QTest::mouseClick(rollback, Qt::LeftButton);

    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = window_->findChild<QMessageBox*>(
                     QStringLiteral("rollbackConfirmBox"))) != nullptr &&
                confirm->isVisible());
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(list->model()->index(0, 8).data().toString(), QStringLiteral("rolled back"));

    db::Connection conn = db::open_file(toPath(db_));
    const auto batches = list_batches(conn);
    QCOMPARE(batches.back().file_name, std::string("actuals.csv"));
    QVERIFY(batches.back().rolled_back);
    // The status line now names the last batch still in force.
    auto* last = window_->findChild<QLabel*>(QStringLiteral("lastImportLabel"));
    QVERIFY2(last->text().contains(QStringLiteral("accounts.csv")), qPrintable(last->text()));
}

void GuiTest::brokenFileShowsErrorsByLineAndImportsNothing() {
    const std::int64_t before = batchCount();
    ImportWizard* wizard =
        runWizard(ImportKind::Actuals, dir_.filePath(QStringLiteral("broken_actuals.csv")));
    QVERIFY(wizard != nullptr);
    auto* errors = wizard->findChild<QTableWidget*>(QStringLiteral("importErrorsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), kTimeoutMs);
    QCOMPARE(errors->rowCount(), 2);
    QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("units"));
    QCOMPARE(errors->item(1, 0)->text(), QStringLiteral("4"));
    QCOMPARE(errors->item(1, 1)->text(), QStringLiteral("account"));
    QVERIFY(errors->item(1, 2)->text().contains(QStringLiteral("STORE999")));
    auto* result = wizard->findChild<QLabel*>(QStringLiteral("importResultLabel"));
    QVERIFY2(result->text().contains(QStringLiteral("Nothing was imported")),
             qPrintable(result->text()));
    QCOMPARE(batchCount(), before);
    snapshot(wizard, "wizard_errors");
}

void GuiTest::cancellingAnImportLeavesNothing() {
    const std::int64_t before = batchCount();
    ImportWizard* wizard =
        runWizard(ImportKind::Actuals, dir_.filePath(QStringLiteral("big_actuals.csv")));
    QVERIFY(wizard != nullptr);
    auto* cancel = wizard->findChild<QPushButton*>(QStringLiteral("importCancelButton"));
    QVERIFY(cancel->isVisible());
    // The status bar shows the same work with its own Cancel.
    QVERIFY(window_->findChild<QWidget*>(QStringLiteral("backgroundProgress"))->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto* result = wizard->findChild<QLabel*>(QStringLiteral("importResultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), kTimeoutMs);
    QVERIFY2(result->text().contains(QStringLiteral("cancelled")), qPrintable(result->text()));
    QCOMPARE(batchCount(), before);
    QTRY_VERIFY(!window_->findChild<QWidget*>(QStringLiteral("backgroundProgress"))->isVisible());
}

void GuiTest::sectionsFollowTheActingUsersRights() {
    // Admin: every section.
    QVERIFY(window_->sidebar()->hasSection(Section::Users));
    QVERIFY(window_->sidebar()->hasSection(Section::Imports));

    SessionOptions options;
    options.userName = QStringLiteral("fiona");
    options.today = kToday;
    window_ = std::make_unique<MainWindow>(options);
    window_->show();
    QVERIFY(window_->openFile(db_));
    NavigationSidebar* sidebar = window_->sidebar();
    QVERIFY(sidebar->hasSection(Section::Products));
    QVERIFY(sidebar->hasSection(Section::Imports));  // Finance imports actuals
    QVERIFY(!sidebar->hasSection(Section::Users));
    QVERIFY(!window_->findChild<QAction*>(QStringLiteral("actionUsers"))->isEnabled());

    clickSection(Section::Products);
    QTableView* products = table("productsTable");
    QTRY_VERIFY(products->isVisible());
    const QModelIndex name = products->model()->index(0, ProductTableModel::Name);
    QVERIFY(!(name.flags() & Qt::ItemIsEditable));
    auto* notice = products->parentWidget()->findChild<QLabel*>(QStringLiteral("tableNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("masterdata.edit")));
    snapshot(window_.get(), "finance_products");

    // The wizard offers only what Finance may import.
    window_->findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
    ImportWizard* wizard = window_->importWizard();
    QVERIFY(wizard != nullptr);
    auto* kinds = wizard->findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    QCOMPARE(kinds->currentData().toInt(), static_cast<int>(ImportKind::Actuals));
    const auto* kindModel = qobject_cast<const QStandardItemModel*>(kinds->model());
    QVERIFY(kindModel != nullptr);
    const int products_row = kinds->findData(static_cast<int>(ImportKind::Products));
    QVERIFY(!kindModel->item(products_row)->isEnabled());
    QVERIFY(kindModel->item(products_row)->toolTip().contains(QStringLiteral("import.products")));
}

void GuiTest::newFileOpensEmptyAndJoinsRecentFiles() {
    // A bad currency is refused by the core, with its message, and nothing is created.
    const QString bad = dir_.filePath(QStringLiteral("bad.uplift"));
    QVERIFY(!window_->createFile(bad, QStringLiteral("EU")));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleRefusalBox()) != nullptr);
    QVERIFY2(box->informativeText().contains(QStringLiteral("EU")),
             qPrintable(box->informativeText()));
    box->close();
    QVERIFY(!QFile::exists(bad));
    QCOMPARE(window_->session()->filePath(), db_);  // still on the open file

    const QString fresh = dir_.filePath(QStringLiteral("fresh.uplift"));
    QVERIFY(window_->createFile(fresh, QStringLiteral("USD")));
    QCOMPARE(window_->findChild<QLabel*>(QStringLiteral("sessionFileLabel"))->text(),
             QStringLiteral("fresh.uplift"));
    clickSection(Section::Products);
    QTableView* products = table("productsTable");
    QTRY_VERIFY(products->isVisible());
    QCOMPARE(products->model()->rowCount(), 0);
    QCOMPARE(window_->findChild<QLabel*>(QStringLiteral("lastImportLabel"))->text(),
             QStringLiteral("No imports yet."));
    QCOMPARE(RecentFiles::mostRecent(), QFileInfo(fresh).absoluteFilePath());
    QVERIFY(RecentFiles::list().contains(QFileInfo(db_).absoluteFilePath()));

    // Closing the file shows the start page with both files listed, newest first.
    window_->findChild<QAction*>(QStringLiteral("actionClose"))->trigger();
    auto* recent = window_->findChild<QListWidget*>(QStringLiteral("recentFilesList"));
    QTRY_VERIFY(recent->isVisible());
    QVERIFY(recent->count() >= 2);
    QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("fresh.uplift")));
    QVERIFY(recent->item(1)->text().startsWith(QStringLiteral("test.uplift")));
}

void GuiTest::adminAddsAUserWithRoles() {
    clickSection(Section::Users);
    QTableView* users = table("usersTable");
    QTRY_VERIFY(users->isVisible());
    const int before = users->model()->rowCount();

    // The dialog is modal: fill it in once it is up, as a user would.
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        auto* dialog = qobject_cast<AddUserDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("userNameEdit")),
                         QStringLiteral("kam2"));
        for (QCheckBox* box : dialog->findChildren<QCheckBox*>()) {
            if (box->text() == QStringLiteral("Key-account manager") ||
                box->text() == QStringLiteral("Sales manager")) {
                box->setChecked(true);
            }
        }
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        filled = true;
    });
    QTest::mouseClick(window_->findChild<QPushButton*>(QStringLiteral("addUserButton")),
                      Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(users->model()->rowCount(), before + 1);
    const int row = viewRowOf(users->model(), 0, QStringLiteral("kam2"));
    QVERIFY(row >= 0);
    QCOMPARE(users->model()->index(row, 2).data().toString(),
             QStringLiteral("Key-account manager, Sales manager"));
    db::Connection conn = db::open_file(toPath(db_));
    const auto all = list_users(conn);
    const auto it =
        std::find_if(all.begin(), all.end(), [](const User& u) { return u.name == "kam2"; });
    QVERIFY(it != all.end());
    QVERIFY(it->roles.contains(Role::KeyAccountManager));
}

int uplift::app::test::runGuiTest(int argc, char** argv) {
    GuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "gui_test.moc"
