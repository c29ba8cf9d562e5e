// `uplift FILE --bench` driven offscreen on a small demo file (scale 0.01) with an actuals file
// to import: every figure is printed as `key=number`, the filter and the calendar worked on
// real rows, the import went through the wizard with a moving progress bar, and a cancelled
// import left no batch. The plumbing only: no timing is asserted.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "bench_run.h"
#include "db/uplift_file.h"
#include "demo/demo_data.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "masterdata/accounts.h"
#include "masterdata/products.h"
#include "security/users.h"
#include "text_conversions.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

const QDate kBenchToday(2025, 12, 31);

// Enough rows that an import cancelled at once is still reading when the core polls the flag
// (every 8,192 rows), and that the progress bar gets several steps.
constexpr int kBenchImportWeeks = 10;

}  // namespace

class BenchGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void printsEveryFigureAsANumber();

  private:
    QTemporaryDir dir_;
    QString db_;
    QString csv_;
    qint64 csvRows_ = 0;
};

void BenchGuiTest::initTestCase() {
    quietOffscreenWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpliftGuiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("UpliftBenchGuiTest"));
    QSettings().clear();
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("demo.uplift"));
    csv_ = dir_.filePath(QStringLiteral("actuals.csv"));

    // As `uplift-cli demo --scale 0.01` builds it.
    db::Connection conn = db::create_file(toPath(db_), Currency("EUR"));
    const ActionContext admin = load_actor(conn, "admin", toDate(kBenchToday), nowIso());
    DemoOptions demo;
    demo.scale = 0.01;
    const DemoSummary summary = build_demo(conn, admin, demo);
    QVERIFY(summary.promotions > 0);

    // Weeks after the demo's actuals, for every account and sku: new rows to import.
    QFile f(csv_);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QTextStream out(&f);
    out << "week,account,sku,units,gross_amount\n";
    const std::vector<Account> accounts = list_accounts(conn);
    const std::vector<Product> products = list_products(conn);
    QDate monday(2026, 1, 5);
    for (int w = 0; w < kBenchImportWeeks; ++w, monday = monday.addDays(7)) {
        for (const Account& a : accounts) {
            for (const Product& p : products) {
                out << monday.toString(Qt::ISODate) << ',' << qs(a.code) << ',' << qs(p.sku)
                    << ",3,3.60\n";
                ++csvRows_;
            }
        }
    }
    out.flush();
    QVERIFY(csvRows_ > 3 * 8192);
}

void BenchGuiTest::printsEveryFigureAsANumber() {
    const std::size_t batchesBefore = [this] {
        db::Connection conn = db::open_file(toPath(db_));
        return list_batches(conn).size();
    }();
    QElapsedTimer sinceStart;
    sinceStart.start();
    SessionOptions options;
    options.userName = QStringLiteral("admin");
    options.today = kBenchToday;
    MainWindow window(options);
    BenchOptions bench;
    bench.importFile = csv_;
    bench.cancelAfterMs = 0;  // at once: the second run is cancelled while it reads
    QString printed;
    QTextStream out(&printed);
    BenchRun run(window, sinceStart, bench, out);
    window.show();
    QVERIFY(window.openFile(db_));
    QCOMPARE(run.run(), 0);
    qInfo().noquote() << printed.trimmed().replace(QLatin1Char('\n'), QLatin1Char(' '));

    QMap<QString, double> figures;
    const QRegularExpression line(QStringLiteral("^(gui\\.[a-z_]+)=(-?[0-9]+(\\.[0-9])?)$"));
    for (const QString& l : printed.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("not key=number: ") + l));
        figures.insert(m.captured(1), m.captured(2).toDouble());
    }
    const QStringList keys = {
        QStringLiteral("gui.window_shown_ms"),
        QStringLiteral("gui.promotions_open_ms"),
        QStringLiteral("gui.promotion_filter_ms"),
        QStringLiteral("gui.promotion_filter_rows"),
        QStringLiteral("gui.promotion_filter_clear_ms"),
        QStringLiteral("gui.calendar_year_ms"),
        QStringLiteral("gui.calendar_rows"),
        QStringLiteral("gui.calendar_bars"),
        QStringLiteral("gui.calendar_scroll_ms"),
        QStringLiteral("gui.calendar_scroll_pages"),
        QStringLiteral("gui.calendar_scroll_max_page_ms"),
        QStringLiteral("gui.import_ms"),
        QStringLiteral("gui.import_rows"),
        QStringLiteral("gui.import_max_stall_ms"),
        QStringLiteral("gui.import_progress_updates"),
        QStringLiteral("gui.import_cancel_ms"),
        QStringLiteral("gui.import_cancel_ok"),
    };
    QCOMPARE(figures.keys(), [&] {
        QStringList sorted = keys;
        sorted.sort();
        return sorted;
    }());

    // The steps worked on what the file holds.
    QVERIFY(figures[QStringLiteral("gui.promotion_filter_rows")] > 0);
    QVERIFY(figures[QStringLiteral("gui.calendar_rows")] > 0);
    QVERIFY(figures[QStringLiteral("gui.calendar_bars")] > 0);
    QVERIFY(figures[QStringLiteral("gui.calendar_scroll_pages")] >= 1);
    QCOMPARE(figures[QStringLiteral("gui.import_rows")], static_cast<double>(csvRows_));
    QVERIFY(figures[QStringLiteral("gui.import_progress_updates")] > 1);
    // Cancelled while it ran (-1: it ended first), the file has no new batch.
    if (figures[QStringLiteral("gui.import_cancel_ms")] >= 0) {
        QCOMPARE(figures[QStringLiteral("gui.import_cancel_ok")], 1.0);
    }
    // One batch from the finished import; none from the cancelled one.
    db::Connection conn = db::open_file(toPath(db_));
    QCOMPARE(list_batches(conn).size(), batchesBefore + 1);
}

int uplift::app::test::runBenchGuiTest(int argc, char** argv) {
    BenchGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "bench_gui_test.moc"
