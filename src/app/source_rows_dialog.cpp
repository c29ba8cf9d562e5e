#include "source_rows_dialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app_session.h"
#include "background_jobs.h"
#include "background_outcome.h"
#include "db/uplift_file.h"
#include "error_display.h"
#include "errors.h"
#include "filtered_table_view.h"
#include "report_export_dialog.h"
#include "report_pdf_export.h"
#include "report_table_model.h"
#include "text_conversions.h"

namespace uplift::app {

SourceRowsDialog::SourceRowsDialog(AppSession& session, SourceRef ref, QWidget* parent)
    : QDialog(parent),
      session_(session),
      ref_(std::move(ref)),
      tabs_(new QTabWidget(this)),
      busy_(new QProgressBar(this)),
      status_(new QLabel(this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      export_(new QPushButton(tr("E&xport…"), this)) {
    setObjectName(QStringLiteral("sourceRowsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    const QString what =
        qs(ref_.label) +
        (ref_.column.empty() ? QString() : QStringLiteral(" · ") + qs(ref_.column));
    setWindowTitle(tr("Rows behind: %1").arg(what));
    resize(900, 520);

    tabs_->setObjectName(QStringLiteral("sourceRowsTabs"));
    busy_->setObjectName(QStringLiteral("sourceRowsBusy"));
    busy_->setRange(0, 0);
    busy_->setTextVisible(false);
    busy_->setMaximumWidth(160);
    status_->setObjectName(QStringLiteral("sourceRowsStatus"));
    status_->setText(tr("Reading the rows…"));
    cancel_->setObjectName(QStringLiteral("sourceRowsCancel"));
    export_->setObjectName(QStringLiteral("sourceRowsExport"));
    export_->setToolTip(
        tr("Save this tab's rows as CSV (plain, for Excel, for Russian Excel) or "
           "PDF"));
    export_->setEnabled(false);
    auto* close = new QPushButton(tr("Close"), this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(busy_);
    bar->addWidget(status_, 1);
    bar->addWidget(cancel_);
    bar->addWidget(export_);
    bar->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_, 1);
    layout->addLayout(bar);

    connect(cancel_, &QPushButton::clicked, this, [this] {
        cancelFlag_.store(true);
        cancel_->setEnabled(false);
        status_->setText(tr("Cancelling…"));
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(export_, &QPushButton::clicked, this, &SourceRowsDialog::chooseExportFile);
    connect(&watcher_, &QFutureWatcher<SourceRowsRun>::finished, this, &SourceRowsDialog::done);

    running_ = true;
    const std::filesystem::path database = toPath(session_.filePath());
    watcher_.setFuture(QtConcurrent::run(backgroundJobPool(), [database, ref = ref_, this] {
        SourceRowsRun out;
        const JobEnd end = runCatching([&] {
            // One connection per thread: never the GUI's.
            db::Connection conn = db::open_file(database);
            out.rows = source_rows(conn, ref, kRowLimit, &cancelFlag_);
        });
        out.cancelled = out.cancelled || end.cancelled;
        out.error = end.error;
        return out;
    }));
}

SourceRowsDialog::~SourceRowsDialog() {
    cancelFlag_.store(true);
    watcher_.waitForFinished();
}

ReportTableModel* SourceRowsDialog::model(int i) const {
    return i >= 0 && i < models_.size() ? models_[i] : nullptr;
}

QLabel* SourceRowsDialog::summaryLabel(int i) const {
    return i >= 0 && i < summaries_.size() ? summaries_[i] : nullptr;
}

QString SourceRowsDialog::summaryText(const SourceTable& t) const {
    const QLocale locale;
    const auto shown = static_cast<qlonglong>(t.table.rows.size());
    const auto total = static_cast<qlonglong>(t.total_rows);
    QStringList parts;
    parts << (shown < total
                  ? tr("first %1 of %2 rows").arg(locale.toString(shown), locale.toString(total))
                  : tr("%n row(s)", nullptr, static_cast<int>(total)));
    for (const SourceTotal& s : t.totals) {
        parts << tr("total %1 %2").arg(qs(s.column), qs(s.text));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (t.matches) {
        text += *t.matches ? tr(" — matches the report's figure %1").arg(qs(ref_.figure))
                           : tr(" — does NOT match the report's figure %1: the file changed "
                                "since the report ran, run it again")
                                 .arg(qs(ref_.figure));
    }
    return text;
}

void SourceRowsDialog::done() {
    SourceRowsRun run = watcher_.result();
    running_ = false;
    busy_->setVisible(false);
    cancel_->setVisible(false);
    if (run.cancelled) {
        status_->setText(tr("Cancelled."));
        emit finished();
        return;
    }
    if (!run.error.isEmpty()) {
        status_->setText(tr("Failed."));
        showRefusal(this, tr("Cannot read the rows"), run.error);
        emit finished();
        return;
    }
    rows_ = std::move(run.rows);
    for (const SourceTable& t : rows_.tables) {
        auto* page = new QWidget(tabs_);
        auto* view = new FilteredTableView(page);
        auto* model = new ReportTableModel(page);
        model->setTable(t.table);
        view->setSourceModel(model);
        view->table()->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->table()->setSelectionBehavior(QAbstractItemView::SelectRows);
        auto* summary = new QLabel(summaryText(t), page);
        summary->setObjectName(QStringLiteral("sourceRowsSummary"));
        summary->setWordWrap(true);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (t.matches && !*t.matches) {
            summary->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        }
        view->addBelowTable(summary);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(view);
        tabs_->addTab(page,
                      tr("%1 (%2)").arg(qs(t.table.title),
                                        QLocale().toString(static_cast<qlonglong>(t.total_rows))));
        view->updateCount();
        view->fitColumns();
        models_ << model;
        summaries_ << summary;
    }
    export_->setEnabled(!rows_.tables.empty());
    status_->setText(rows_.tables.empty() ? tr("No rows lie behind this figure.") : QString());
    emit finished();
}

bool SourceRowsDialog::exportTo(const QString& path, ReportFileFormat format,
                                QString* error) const {
    const int i = tabs_->currentIndex();
    if (i < 0 || i >= static_cast<int>(rows_.tables.size())) {
        *error = tr("there is no table to export");
        return false;
    }
    // The table as a report of its own: what it lies behind in the title, its totals as notes.
    ReportTable table = rows_.tables[static_cast<std::size_t>(i)].table;
    table.title = rows_.tables[static_cast<std::size_t>(i)].table.title + ": " + rows_.title;
    table.notes = {utf8(summaryText(rows_.tables[static_cast<std::size_t>(i)]))};
    return writeReportFile(session_, path, format, table, {qs(rows_.title)}, error);
}

void SourceRowsDialog::chooseExportFile() {
    const int i = tabs_->currentIndex();
    const QString name = i >= 0 && i < static_cast<int>(rows_.tables.size())
                             ? qs(rows_.tables[static_cast<std::size_t>(i)].table.name)
                             : QStringLiteral("rows");
    const std::optional<ReportExportTarget> target = chooseReportExport(
        this, tr("Export %1").arg(tabs_->tabText(i)), QStringLiteral("%1.csv").arg(name));
    if (!target) {
        return;
    }
    const QString& path = target->path;
    const ReportFileFormat format = target->format;
    QString error;
    if (!exportTo(path, format, &error)) {
        showRefusal(this, tr("Cannot write %1").arg(path), error);
        return;
    }
    status_->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

}  // namespace uplift::app
