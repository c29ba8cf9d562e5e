// The SQL console driven offscreen: a query typed and run with Ctrl+Enter fills the grid with
// the core's cells (figures on the right) and is remembered; double-clicking a view in the tree
// puts its name in the editor; a hostile query shows its refusal inline, no dialog, and leaves
// the file as it was; a runaway query stops at its time limit and Stop stops one at once, the
// console usable after either; the export writes every row (not only the 10,000 shown) as CSV
// and the figures as PDF.
#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

#include "app_session.h"
#include "gui_fixture.h"
#include "sql_console.h"
#include "sql_result_model.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

QByteArray sqlConsoleFileBytes(const QString& path) {
    QByteArray all;
    for (const QString& p :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly)) {
            all += QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        }
    }
    return all;
}

QByteArray sqlConsoleRead(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class SqlConsoleGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();

    void ctrlEnterRunsTheTypedQuery();
    void doubleClickInsertsAViewName();
    void refusalShowsInlineAndChangesNothing();
    void runawayQueryStopsAtItsLimit();
    void stopStopsARunningQuery();
    void exportWritesEveryRow();

  private:
    void runText(const QString& sql);

    QTemporaryDir dir_;
    QString db_;
    std::unique_ptr<AppSession> session_;
    std::unique_ptr<SqlConsole> console_;
};

void SqlConsoleGuiTest::initTestCase() {
    prepareGuiTestClass(QStringLiteral("UpliftSqlConsoleGuiTest"));
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("console.uplift"));
    QVERIFY(writeTestData(dir_.path(), db_));
    SessionOptions options;
    options.today = kToday;
    session_ = AppSession::open(db_, options);
    console_ = std::make_unique<SqlConsole>(*session_);
    console_->resize(1100, 760);
    console_->show();
    QVERIFY(QTest::qWaitForWindowExposed(console_.get()));
}

void SqlConsoleGuiTest::cleanupTestCase() {
    console_.reset();
    session_.reset();
}

void SqlConsoleGuiTest::runText(const QString& sql) {
    console_->editor()->setPlainText(sql);
    console_->editor()->setFocus();
    QTest::keyClick(console_->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!console_->isRunning(), kTimeoutMs);
}

void SqlConsoleGuiTest::ctrlEnterRunsTheTypedQuery() {
    QPlainTextEdit* editor = console_->editor();
    editor->clear();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("SELECT sku, name, list_price FROM v_products "
                                            "ORDER BY sku"));
    QSignalSpy finished(console_.get(), &SqlConsole::finished);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    // Ctrl+Enter ran the query; it did not break the line.
    QCOMPARE(editor->blockCount(), 1);
    const SqlResultModel* model = console_->model();
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("list_price"));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("P001"));
    QCOMPARE(model->index(3, 1).data().toString(), QStringLiteral("Party crisps crate"));
    QCOMPARE(model->index(3, 2).data().toString(), QStringLiteral("1234.5"));
    // Figures on the right, words on the left.
    QVERIFY(model->index(3, 2).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(model->index(3, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignLeft);
    QVERIFY2(console_->statusLabel()->text().startsWith(QStringLiteral("4 rows in ")),
             qPrintable(console_->statusLabel()->text()));
    QVERIFY(!console_->messageLabel()->isVisible());
    QVERIFY(console_->exportButton()->isEnabled());
    // The text is kept for the next time the console opens.
    QVERIFY(QSettings()
                .value(QStringLiteral("sqlConsole/lastQuery"))
                .toString()
                .contains(QStringLiteral("FROM v_products")));
}

void SqlConsoleGuiTest::doubleClickInsertsAViewName() {
    QTreeWidget* tree = console_->viewTree();
    const QList<QTreeWidgetItem*> found =
        tree->findItems(QStringLiteral("v_products"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.front()->childCount() >= 8);  // its columns
    console_->editor()->setPlainText(QStringLiteral("SELECT count(*) FROM "));
    console_->editor()->moveCursor(QTextCursor::End);
    tree->scrollToItem(found.front());
    const QRect rect = tree->visualItemRect(found.front());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(console_->editor()->toPlainText(), QStringLiteral("SELECT count(*) FROM v_products"));
    runText(console_->editor()->toPlainText());
    QCOMPARE(console_->model()->index(0, 0).data().toString(), QStringLiteral("4"));
}

void SqlConsoleGuiTest::refusalShowsInlineAndChangesNothing() {
    const QByteArray before = sqlConsoleFileBytes(db_);
    struct Case {
        QString sql;
        QString phrase;
    };
    const QList<Case> cases{
        {QStringLiteral("DELETE FROM products"), QStringLiteral("not DELETE")},
        {QStringLiteral("SELECT * FROM users"), QStringLiteral("not a read of users")},
        {QStringLiteral("WITH v_users AS (SELECT * FROM users) SELECT * FROM v_users"),
         QStringLiteral("v_users")},
        {QStringLiteral("ATTACH DATABASE '%1' AS other")
             .arg(dir_.filePath(QStringLiteral("other.db"))),
         QStringLiteral("not ATTACH")},
    };
    for (const Case& c : cases) {
        runText(c.sql);
        QLabel* message = console_->messageLabel();
        QVERIFY2(message->isVisible(), qPrintable(c.sql));
        QVERIFY2(message->text().startsWith(QStringLiteral("query refused: ")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(c.phrase), qPrintable(message->text()));
        QVERIFY(visibleRefusalBox() == nullptr);  // inline, not a dialog
        QCOMPARE(console_->model()->rowCount(), 0);
        QVERIFY(!console_->exportButton()->isEnabled());
    }
    QCOMPARE(sqlConsoleFileBytes(db_), before);
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("other.db"))));
}

void SqlConsoleGuiTest::runawayQueryStopsAtItsLimit() {
    console_->timeLimitSpin()->setValue(1);
    QElapsedTimer clock;
    clock.start();
    runText(
        QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                       "SELECT count(*) FROM n"));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(console_->messageLabel()->isVisible());
    QVERIFY(console_->messageLabel()->text().contains(QStringLiteral("time limit")));
    // Usable again at once.
    QVERIFY(console_->runButton()->isEnabled());
    runText(QStringLiteral("SELECT count(*) AS n FROM v_products"));
    QCOMPARE(console_->model()->index(0, 0).data().toString(), QStringLiteral("4"));
    QVERIFY(!console_->messageLabel()->isVisible());
    console_->timeLimitSpin()->setValue(30);
}

void SqlConsoleGuiTest::stopStopsARunningQuery() {
    console_->timeLimitSpin()->setValue(60);
    console_->editor()->setPlainText(
        QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                       "SELECT count(*) FROM n"));
    QTest::mouseClick(console_->runButton(), Qt::LeftButton);
    QVERIFY(console_->isRunning());
    QTest::qWait(300);
    QVERIFY(console_->isRunning());
    QVERIFY(console_->stopButton()->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(console_->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!console_->isRunning(), 2000);
    QVERIFY(clock.elapsed() < 2000);
    QCOMPARE(console_->statusLabel()->text(), QStringLiteral("Stopped."));
    QVERIFY(console_->runButton()->isEnabled());
    QVERIFY(!console_->stopButton()->isEnabled());
    console_->timeLimitSpin()->setValue(30);
}

void SqlConsoleGuiTest::exportWritesEveryRow() {
    runText(
        QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                       "WHERE x < 12000) SELECT x, x * 2 AS twice FROM n"));
    QCOMPARE(console_->model()->rowCount(), kSqlResultRowsShown);
    QVERIFY2(
        console_->statusLabel()->text().startsWith(QStringLiteral("first 10,000 of 12,000 rows")),
        qPrintable(console_->statusLabel()->text()));
    QString error;
    const QString csv = dir_.filePath(QStringLiteral("all.csv"));
    QVERIFY2(console_->exportTo(csv, ReportFileFormat::Csv, &error), qPrintable(error));
    const QList<QByteArray> lines = sqlConsoleRead(csv).split('\n');
    QCOMPARE(lines.size(), 12002);  // header, 12,000 rows, and the empty text after the last \n
    QCOMPARE(lines.front(), QByteArray("x,twice"));
    QCOMPARE(lines[12000], QByteArray("12000,24000"));
    const QString ru = dir_.filePath(QStringLiteral("all_ru.csv"));
    QVERIFY2(console_->exportTo(ru, ReportFileFormat::CsvExcelRussian, &error), qPrintable(error));
    QVERIFY(sqlConsoleRead(ru).startsWith("\xEF\xBB\xBFx;twice\n"));

    runText(QStringLiteral("SELECT sku, name, list_price FROM v_products ORDER BY sku"));
    const QString pdf = dir_.filePath(QStringLiteral("products.pdf"));
    QVERIFY2(console_->exportTo(pdf, ReportFileFormat::Pdf, &error), qPrintable(error));
    QVERIFY(sqlConsoleRead(pdf).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(kTimeoutMs));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(body.contains(QStringLiteral("1234.5")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Party crisps crate")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("FROM v_products")), qPrintable(body));
    }
    // A file that cannot be written is refused and nothing is left behind.
    const QString bad = dir_.filePath(QStringLiteral("missing/all.csv"));
    QVERIFY(!console_->exportTo(bad, ReportFileFormat::Csv, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(bad));
}

namespace uplift::app::test {

int runSqlConsoleGuiTest(int argc, char** argv) {
    SqlConsoleGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace uplift::app::test

#include "sql_console_gui_test.moc"
