#include "sql_console.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "analytics/adhoc_query.h"
#include "app_session.h"
#include "background_jobs.h"
#include "background_outcome.h"
#include "errors.h"
#include "report_export_dialog.h"
#include "report_pdf_export.h"
#include "sql_console_export.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

const char* const kSqlConsoleQueryKey = "sqlConsole/lastQuery";

bool isRunKey(const QKeyEvent* key) {
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           key->modifiers().testFlag(Qt::ControlModifier);
}

}  // namespace

SqlConsole::SqlConsole(AppSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      views_(new QTreeWidget(this)),
      editor_(new QPlainTextEdit(this)),
      run_(new QPushButton(tr("&Run"), this)),
      stop_(new QPushButton(tr("S&top"), this)),
      limit_(new QSpinBox(this)),
      export_(new QPushButton(tr("E&xport…"), this)),
      message_(new QLabel(this)),
      status_(new QLabel(this)),
      grid_(new QTableView(this)),
      model_(new SqlResultModel(this)) {
    setObjectName(QStringLiteral("sqlConsole"));

    views_->setObjectName(QStringLiteral("sqlConsoleViews"));
    views_->setHeaderLabel(tr("Reporting views"));
    views_->setToolTip(tr("Double-click a view or a column to put its name in at the cursor"));

    editor_->setObjectName(QStringLiteral("sqlConsoleEditor"));
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setPlaceholderText(
        tr("SELECT brand, sum(units) AS units FROM v_actuals GROUP BY brand ORDER BY units DESC"));
    editor_->setTabChangesFocus(true);
    editor_->setPlainText(QSettings().value(QString::fromLatin1(kSqlConsoleQueryKey)).toString());
    editor_->installEventFilter(this);

    run_->setObjectName(QStringLiteral("sqlConsoleRun"));
    run_->setToolTip(tr("Run the query (Ctrl+Enter); it runs in the background"));
    stop_->setObjectName(QStringLiteral("sqlConsoleStop"));
    stop_->setToolTip(tr("Stop the running query or export"));
    stop_->setEnabled(false);
    limit_->setObjectName(QStringLiteral("sqlConsoleTimeLimit"));
    limit_->setRange(1, 3600);
    limit_->setValue(30);
    limit_->setSuffix(tr(" s"));
    limit_->setToolTip(tr("A query still running after this many seconds is stopped"));
    auto* limitLabel = new QLabel(tr("Time &limit"), this);
    limitLabel->setBuddy(limit_);
    export_->setObjectName(QStringLiteral("sqlConsoleExport"));
    export_->setToolTip(
        tr("Run the query again and save every row as CSV (plain, for Excel, for Russian Excel) "
           "or PDF"));
    export_->setEnabled(false);

    message_->setObjectName(QStringLiteral("sqlConsoleMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setStyleSheet(
        QStringLiteral("QLabel { color: #8a1c1c; background: #fbeaea; border: 1px solid #e3b4b4;"
                       " border-radius: 3px; padding: 4px 6px; }"));
    message_->setVisible(false);
    status_->setObjectName(QStringLiteral("sqlConsoleStatus"));
    status_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    grid_->setObjectName(QStringLiteral("sqlConsoleGrid"));
    grid_->setModel(model_);
    grid_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid_->setAlternatingRowColors(true);
    grid_->verticalHeader()->setDefaultSectionSize(grid_->fontMetrics().height() + 6);

    auto* bar = new QHBoxLayout;
    bar->addWidget(run_);
    bar->addWidget(stop_);
    bar->addSpacing(12);
    bar->addWidget(limitLabel);
    bar->addWidget(limit_);
    bar->addSpacing(12);
    bar->addWidget(status_, 1);
    bar->addWidget(export_);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(bar);
    resultsLayout->addWidget(message_);
    resultsLayout->addWidget(grid_, 1);

    auto* centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(editor_);
    centre->addWidget(results);
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 3);

    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(views_);
    sides->addWidget(centre);
    sides->setStretchFactor(0, 1);
    sides->setStretchFactor(1, 4);
    // Room for the longest view name (v_discount_conditions) before the editor takes the rest.
    views_->setMinimumWidth(
        views_->fontMetrics().horizontalAdvance(QStringLiteral("v_discount_conditions")) + 56);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(sides);

    // Ctrl+Enter anywhere in the console; the editor's own key press is caught in eventFilter.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &SqlConsole::run);
    }
    connect(run_, &QPushButton::clicked, this, &SqlConsole::run);
    connect(stop_, &QPushButton::clicked, this, &SqlConsole::cancel);
    connect(export_, &QPushButton::clicked, this, &SqlConsole::chooseExportFile);
    connect(views_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        editor_->insertPlainText(item->text(0));
        editor_->setFocus();
    });
    connect(&watcher_, &QFutureWatcher<SqlConsoleRun>::finished, this, &SqlConsole::done);
    connect(&exportWatcher_, &QFutureWatcher<SqlConsoleExport>::finished, this,
            &SqlConsole::exportDone);

    loadViews();
}

SqlConsole::~SqlConsole() {
    cancelFlag_.store(true);
    watcher_.waitForFinished();
    exportWatcher_.waitForFinished();
}

void SqlConsole::loadViews() {
    views_->clear();
    try {
        for (const ReportingView& v : reporting_view_columns(toPath(session_.filePath()))) {
            auto* item = new QTreeWidgetItem(views_, QStringList{qs(v.name)});
            for (const std::string& c : v.columns) {
                new QTreeWidgetItem(item, QStringList{qs(c)});
            }
        }
    } catch (const std::exception& e) {
        showMessage(qs(e.what()));
    }
}

bool SqlConsole::eventFilter(QObject* watched, QEvent* event) {
    if (watched == editor_ && event->type() == QEvent::KeyPress &&
        isRunKey(static_cast<QKeyEvent*>(event))) {
        run();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

std::chrono::milliseconds SqlConsole::timeLimit() const {
    return std::chrono::seconds(limit_->value());
}

void SqlConsole::showMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

void SqlConsole::setBusy(bool busy) {
    run_->setEnabled(!busy);
    stop_->setEnabled(busy);
    export_->setEnabled(!busy && hasResult_);
}

void SqlConsole::run() {
    if (isRunning()) {
        return;
    }
    const QString text = editor_->toPlainText();
    if (text.trimmed().isEmpty()) {
        showMessage(tr("Type one SELECT over the reporting views first."));
        return;
    }
    QSettings().setValue(QString::fromLatin1(kSqlConsoleQueryKey), text);
    running_ = true;
    cancelFlag_.store(false);
    showMessage({});
    status_->setText(tr("Running…"));
    setBusy(true);
    const std::filesystem::path database = toPath(session_.filePath());
    const std::string sql = utf8(text);
    const std::chrono::milliseconds limit = timeLimit();
    watcher_.setFuture(QtConcurrent::run(backgroundJobPool(), [database, sql, limit, this] {
        SqlConsoleRun out;
        QElapsedTimer clock;
        clock.start();
        const JobEnd end = runCatching([&] {
            // Its own read-only connection, never the GUI's.
            run_readonly_query(
                database, sql, [&](const std::vector<std::string>& h) { out.result.header = h; },
                [&](const std::vector<std::string>& r) {
                    if (out.result.total++ < kSqlResultRowsShown) {
                        out.result.rows.push_back(r);
                    }
                },
                limit, &cancelFlag_);
        });
        out.cancelled = out.cancelled || end.cancelled;
        out.error = end.error;
        out.result.elapsedMs = clock.elapsed();
        return out;
    }));
    shownSql_ = sql;
}

void SqlConsole::cancel() {
    if (isRunning()) {
        cancelFlag_.store(true);
        stop_->setEnabled(false);
        status_->setText(tr("Stopping…"));
    }
}

void SqlConsole::done() {
    SqlConsoleRun run = watcher_.result();
    running_ = false;
    if (run.cancelled || !run.error.isEmpty()) {
        // A refused or stopped query has no answer: old rows are not left to pass for one.
        model_->setResult({});
        hasResult_ = false;
        shownSql_.clear();
        status_->setText(run.cancelled ? tr("Stopped.") : tr("Not run."));
        if (!run.error.isEmpty()) {
            showMessage(run.error);
        }
        setBusy(false);
        emit finished();
        return;
    }
    const QLocale locale;
    const long long total = run.result.total;
    const qint64 ms = run.result.elapsedMs;
    if (total > kSqlResultRowsShown) {
        status_->setText(tr("first %1 of %2 rows in %3 ms")
                             .arg(locale.toString(kSqlResultRowsShown), locale.toString(total),
                                  locale.toString(ms)));
    } else if (total == 1) {
        status_->setText(tr("1 row in %1 ms").arg(locale.toString(ms)));
    } else {
        status_->setText(tr("%1 rows in %2 ms").arg(locale.toString(total), locale.toString(ms)));
    }
    model_->setResult(std::move(run.result));
    hasResult_ = true;
    grid_->resizeColumnsToContents();
    setBusy(false);
    emit finished();
}

QStringList SqlConsole::pdfFilters() const {
    return {tr("Query: %1").arg(sqlOneLine(qs(shownSql_)))};
}

bool SqlConsole::exportTo(const QString& path, ReportFileFormat format, QString* error) const {
    if (!hasResult_) {
        *error = tr("Run a query first: the export writes the rows of the query shown.");
        return false;
    }
    try {
        const std::filesystem::path database = toPath(session_.filePath());
        if (format == ReportFileFormat::Pdf) {
            writeReportPdf(session_, path, sqlReportTable(database, shownSql_, timeLimit()),
                           pdfFilters());
        } else {
            writeSqlCsv(database, shownSql_, path, format, timeLimit());
        }
    } catch (const std::exception& e) {
        *error = qs(e.what());
        return false;
    }
    return true;
}

void SqlConsole::chooseExportFile() {
    if (!hasResult_ || isRunning()) {
        return;
    }
    const std::optional<ReportExportTarget> target =
        chooseReportExport(this, tr("Export the query"), QStringLiteral("query.csv"));
    if (!target) {
        return;
    }
    const QString& path = target->path;
    const ReportFileFormat format = target->format;
    // The rows come off the UI thread (Stop works); a PDF is drawn here once they are in.
    exporting_ = true;
    cancelFlag_.store(false);
    showMessage({});
    status_->setText(tr("Exporting…"));
    setBusy(true);
    const std::filesystem::path database = toPath(session_.filePath());
    const std::string sql = shownSql_;
    const std::chrono::milliseconds limit = timeLimit();
    exportWatcher_.setFuture(
        QtConcurrent::run(backgroundJobPool(), [database, sql, limit, path, format, this] {
            SqlConsoleExport out;
            out.path = path;
            out.format = format;
            const JobEnd end = runCatching([&] {
                if (format == ReportFileFormat::Pdf) {
                    out.table = sqlReportTable(database, sql, limit, &cancelFlag_);
                } else {
                    writeSqlCsv(database, sql, path, format, limit, &cancelFlag_);
                }
            });
            out.cancelled = out.cancelled || end.cancelled;
            out.error = end.error;
            return out;
        }));
}

void SqlConsole::exportDone() {
    SqlConsoleExport out = exportWatcher_.result();
    exporting_ = false;
    if (out.error.isEmpty() && !out.cancelled && out.format == ReportFileFormat::Pdf) {
        try {
            writeReportPdf(session_, out.path, out.table, pdfFilters());
        } catch (const std::exception& e) {
            out.error = qs(e.what());
        }
    }
    if (out.cancelled) {
        status_->setText(tr("Export stopped; nothing was written."));
    } else if (!out.error.isEmpty()) {
        status_->setText(tr("Not exported."));
        showMessage(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out.path), out.error));
    } else {
        status_->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(out.path)));
    }
    setBusy(false);
    emit finished();
}

}  // namespace uplift::app
