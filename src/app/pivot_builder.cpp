#include "pivot_builder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include "app_session.h"
#include "background_jobs.h"
#include "background_outcome.h"
#include "error_display.h"
#include "errors.h"
#include "filtered_table_view.h"
#include "pivot_drop_zone.h"
#include "pivot_field_list.h"
#include "report_export_dialog.h"
#include "report_pdf_export.h"
#include "report_table_model.h"
#include "reports/pivot_run.h"
#include "reports/pivot_saved.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

// What a value's aggregate combo shows for each of the core's aggregates.
QString pivotAggregateText(PivotAggregate a) {
    switch (a) {
        case PivotAggregate::Sum:
            return PivotBuilder::tr("Sum");
        case PivotAggregate::Count:
            return PivotBuilder::tr("Count");
        case PivotAggregate::Avg:
            return PivotBuilder::tr("Average");
        case PivotAggregate::Min:
            return PivotBuilder::tr("Minimum");
        case PivotAggregate::Max:
            return PivotBuilder::tr("Maximum");
    }
    return {};
}

// Filter values are typed separated by ';' (names may hold commas).
QStringList pivotFilterValues(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

QLabel* pivotZoneTitle(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

}  // namespace

PivotBuilder::PivotBuilder(AppSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      source_(new QComboBox(this)),
      saved_(new QComboBox(this)),
      save_(new QPushButton(tr("&Save layout…"), this)),
      delete_(new QPushButton(tr("Delete"), this)),
      totals_(new QCheckBox(tr("T&otals"), this)),
      fields_(new PivotFieldList(this)),
      rows_(new PivotDropZone(false, this)),
      columns_(new PivotDropZone(false, this)),
      values_(new PivotDropZone(true, this)),
      filters_(new PivotDropZone(false, this)),
      run_(new QPushButton(tr("&Run"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      export_(new QPushButton(tr("E&xport…"), this)),
      busy_(new QProgressBar(this)),
      status_(new QLabel(this)),
      notes_(new QLabel(this)),
      view_(new FilteredTableView(this)),
      model_(new ReportTableModel(this)),
      job_(cancel_, busy_, status_) {
    setObjectName(QStringLiteral("pivotBuilder"));

    source_->setObjectName(QStringLiteral("pivotSource"));
    for (const PivotSource& s : pivot_sources()) {
        source_->addItem(qs(s.view), qs(s.view));
        source_->setItemData(source_->count() - 1, qs(s.description), Qt::ToolTipRole);
    }
    source_->setToolTip(tr("The reporting view the pivot reads (docs/reporting-views.md)"));
    saved_->setObjectName(QStringLiteral("pivotSaved"));
    saved_->setToolTip(tr("Open a saved layout"));
    saved_->setMinimumContentsLength(16);
    save_->setObjectName(QStringLiteral("pivotSaveButton"));
    save_->setToolTip(tr("Save this layout under a name (the same name replaces it)"));
    delete_->setObjectName(QStringLiteral("pivotDeleteButton"));
    delete_->setToolTip(tr("Delete the saved layout chosen"));

    fields_->setObjectName(QStringLiteral("pivotFields"));
    fields_->setToolTip(
        tr("Drag a dimension to Rows, Columns or Filters and a measure (Σ) to Values; "
           "double-click adds it, the context menu offers every zone"));
    fields_->setContextMenuPolicy(Qt::CustomContextMenu);
    rows_->setObjectName(QStringLiteral("pivotRows"));
    columns_->setObjectName(QStringLiteral("pivotColumns"));
    values_->setObjectName(QStringLiteral("pivotValues"));
    filters_->setObjectName(QStringLiteral("pivotFilters"));
    rows_->setToolTip(tr("One table row per combination of these dimensions"));
    columns_->setToolTip(tr("One column per combination of these dimensions (at most 2)"));
    values_->setToolTip(tr("The figures in the cells; choose each one's aggregate"));
    filters_->setToolTip(
        tr("Keep only the rows whose dimension is one of the values typed "
           "(separated by ;)"));
    for (PivotDropZone* z : {rows_, columns_, values_, filters_}) {
        // Room for a few entries; the table below takes the rest.
        z->setMinimumHeight(90);
        z->setMaximumHeight(130);
    }

    totals_->setObjectName(QStringLiteral("pivotTotals"));
    totals_->setChecked(true);
    totals_->setToolTip(tr("A Total column per value (with columns) and a Total row"));
    run_->setObjectName(QStringLiteral("pivotRunButton"));
    run_->setToolTip(tr("Run the pivot (in the background)"));
    cancel_->setObjectName(QStringLiteral("pivotCancelButton"));
    cancel_->setVisible(false);
    export_->setObjectName(QStringLiteral("pivotExportButton"));
    export_->setToolTip(tr("Save the table as CSV (plain, for Excel, for Russian Excel) or PDF"));
    export_->setEnabled(false);
    busy_->setObjectName(QStringLiteral("pivotBusy"));
    busy_->setRange(0, 0);
    busy_->setTextVisible(false);
    busy_->setMaximumWidth(120);
    busy_->setVisible(false);
    status_->setObjectName(QStringLiteral("pivotStatus"));
    // A long message ("Layout … opened.") must not widen the window: it is cut instead.
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    status_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    notes_->setObjectName(QStringLiteral("pivotNotes"));
    notes_->setWordWrap(true);
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notes_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    notes_->setVisible(false);

    view_->setSourceModel(model_);
    view_->setStretchColumn(0);
    QHBoxLayout* bar = view_->toolbarLayout();
    bar->insertWidget(1, totals_);
    bar->insertWidget(1, run_);
    bar->insertWidget(2, busy_);
    bar->insertWidget(3, cancel_);
    bar->insertWidget(4, status_, 1);
    bar->addWidget(export_);
    view_->table()->setObjectName(QStringLiteral("pivotTable"));
    view_->table()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->addBelowTable(notes_);

    // Top: source and saved layouts. Left: fields. Right: the zones above the table.
    auto* top = new QHBoxLayout;
    auto* sourceLabel = new QLabel(tr("Sour&ce"), this);
    sourceLabel->setBuddy(source_);
    top->addWidget(sourceLabel);
    top->addWidget(source_);
    top->addSpacing(12);
    auto* savedLabel = new QLabel(tr("Saved &layouts"), this);
    savedLabel->setBuddy(saved_);
    top->addWidget(savedLabel);
    top->addWidget(saved_);
    top->addWidget(save_);
    top->addWidget(delete_);
    top->addStretch(1);

    auto* left = new QVBoxLayout;
    left->addWidget(pivotZoneTitle(tr("Fiel&ds"), fields_, this));
    left->addWidget(fields_, 1);

    auto* zones = new QGridLayout;
    zones->addWidget(pivotZoneTitle(tr("Ro&ws"), rows_, this), 0, 0);
    zones->addWidget(pivotZoneTitle(tr("Colu&mns"), columns_, this), 0, 1);
    zones->addWidget(pivotZoneTitle(tr("Val&ues"), values_, this), 0, 2);
    zones->addWidget(pivotZoneTitle(tr("F&ilters"), filters_, this), 0, 3);
    zones->addWidget(rows_, 1, 0);
    zones->addWidget(columns_, 1, 1);
    zones->addWidget(values_, 1, 2);
    zones->addWidget(filters_, 1, 3);
    // Four zones of one width: values and filters hold a combo or an edit per entry.
    for (int c = 0; c < 4; ++c) {
        zones->setColumnStretch(c, 1);
    }
    for (PivotDropZone* z : {rows_, columns_, values_, filters_}) {
        z->setMinimumWidth(120);
        z->setSizePolicy(QSizePolicy::Ignored, z->sizePolicy().verticalPolicy());
    }

    auto* right = new QVBoxLayout;
    right->addLayout(zones);
    right->addWidget(view_, 1);

    auto* body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    fields_->setMaximumWidth(170);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(source_, &QComboBox::currentIndexChanged, this, &PivotBuilder::sourceChosen);
    connect(saved_, &QComboBox::activated, this, &PivotBuilder::savedChosen);
    connect(save_, &QPushButton::clicked, this, &PivotBuilder::askSaveName);
    connect(delete_, &QPushButton::clicked, this, &PivotBuilder::askDelete);
    connect(fields_, &QListWidget::itemActivated, this, &PivotBuilder::fieldActivated);
    connect(fields_, &QWidget::customContextMenuRequested, this, &PivotBuilder::fieldMenu);
    const std::pair<PivotDropZone*, Zone> zonesByKind[] = {{rows_, Zone::Rows},
                                                           {columns_, Zone::Columns},
                                                           {values_, Zone::Values},
                                                           {filters_, Zone::Filters}};
    for (const auto& [widget, kind] : zonesByKind) {
        const Zone z = kind;
        connect(widget, &PivotDropZone::fieldDropped, this,
                [this, z](const QString& name) { addField(z, name); });
        connect(widget, &PivotDropZone::removeRequested, this,
                [this, z](int row) { removeFromZone(z, row); });
    }
    connect(run_, &QPushButton::clicked, this, &PivotBuilder::run);
    connect(cancel_, &QPushButton::clicked, this, &PivotBuilder::cancel);
    connect(export_, &QPushButton::clicked, this, &PivotBuilder::chooseExportFile);
    connect(&watcher_, &QFutureWatcher<PivotRun>::finished, this, &PivotBuilder::done);

    sourceChosen();
}

PivotBuilder::~PivotBuilder() {
    job_.stop();
    watcher_.waitForFinished();
}

PivotDropZone* PivotBuilder::zone(Zone z) const {
    switch (z) {
        case Zone::Rows:
            return rows_;
        case Zone::Columns:
            return columns_;
        case Zone::Values:
            return values_;
        case Zone::Filters:
            return filters_;
    }
    return rows_;
}

void PivotBuilder::reload() {
    const QString kept = saved_->currentText();
    saved_->clear();
    try {
        const ActionContext actor = session_.action();
        for (const SavedPivot& p : list_pivot_layouts(session_.connection(), actor)) {
            const bool own = p.owner == actor.user_name;
            saved_->addItem(own ? qs(p.name) : tr("%1 (%2)").arg(qs(p.name), qs(p.owner)),
                            QStringList{qs(p.name), own ? QString() : qs(p.owner)});
        }
    } catch (const std::exception& e) {
        status_->setText(qs(e.what()));
    }
    saved_->setCurrentIndex(saved_->findText(kept));
    delete_->setEnabled(saved_->count() > 0);
}

QString PivotBuilder::currentSource() const {
    return source_->currentData().toString();
}

void PivotBuilder::fillFieldsFor(const QString& view) {
    if (const PivotSource* s = find_pivot_source(utf8(view))) {
        fields_->showSource(*s);
    } else {
        fields_->clear();
    }
}

void PivotBuilder::clearZones() {
    for (PivotDropZone* z : {rows_, columns_, values_, filters_}) {
        z->clear();
    }
}

void PivotBuilder::sourceChosen() {
    fillFieldsFor(currentSource());
    if (!filling_) {
        // Another view's fields mean nothing here.
        clearZones();
    }
}

QStringList PivotBuilder::dimensionsIn(Zone z) const {
    QStringList out;
    const PivotDropZone* w = zone(z);
    for (int r = 0; r < w->count(); ++r) {
        out << w->item(r)->data(kPivotFieldNameRole).toString();
    }
    return out;
}

bool PivotBuilder::addField(Zone z, const QString& name) {
    const PivotSource* s = find_pivot_source(utf8(currentSource()));
    if (s == nullptr) {
        return false;
    }
    if (z == Zone::Values) {
        const PivotMeasure* m = find_pivot_measure(*s, utf8(name));
        if (m == nullptr) {
            status_->setText(
                tr("%1 is not a measure: drop it on Rows, Columns or Filters.").arg(name));
            return false;
        }
        // The first aggregate the measure takes that is not shown yet.
        const PivotLayout now = pivotLayout();
        for (PivotAggregate a : m->aggregates) {
            const PivotValue v{m->name, a};
            if (std::find(now.values.begin(), now.values.end(), v) == now.values.end()) {
                addValue(name, a);
                return true;
            }
        }
        status_->setText(tr("%1 is in Values with every aggregate it takes.").arg(name));
        return false;
    }
    if (find_pivot_dimension(*s, utf8(name)) == nullptr) {
        status_->setText(tr("%1 is a measure: drop it on Values.").arg(name));
        return false;
    }
    if (z == Zone::Filters) {
        if (dimensionsIn(Zone::Filters).contains(name)) {
            return false;
        }
        addFilter(name, {});
        return true;
    }
    if (dimensionsIn(z).contains(name)) {
        return false;
    }
    if (z == Zone::Columns && columns_->count() >= static_cast<int>(kPivotMaxColumnDimensions)) {
        status_->setText(tr("At most %1 column dimensions.").arg(kPivotMaxColumnDimensions));
        return false;
    }
    if (z == Zone::Rows && rows_->count() >= static_cast<int>(kPivotMaxRowDimensions)) {
        status_->setText(tr("At most %1 row dimensions.").arg(kPivotMaxRowDimensions));
        return false;
    }
    // A dimension is on rows or on columns, not both: it moves.
    const Zone other = z == Zone::Rows ? Zone::Columns : Zone::Rows;
    const qsizetype there = dimensionsIn(other).indexOf(name);
    if (there >= 0) {
        delete zone(other)->takeItem(static_cast<int>(there));
    }
    auto* item = new QListWidgetItem(name, zone(z));
    item->setData(kPivotFieldNameRole, name);
    status_->clear();
    return true;
}

void PivotBuilder::addValue(const QString& measure, PivotAggregate aggregate) {
    const PivotSource* s = find_pivot_source(utf8(currentSource()));
    const PivotMeasure* m = s != nullptr ? find_pivot_measure(*s, utf8(measure)) : nullptr;
    auto* item = new QListWidgetItem(values_);
    item->setData(kPivotFieldNameRole, measure);
    // The aggregate is chosen in place, beside the measure's name.
    auto* cell = new QWidget(values_);
    auto* row = new QHBoxLayout(cell);
    row->setContentsMargins(2, 1, 2, 1);
    auto* combo = new QComboBox(cell);
    combo->setObjectName(QStringLiteral("pivotAggregate"));
    combo->setToolTip(tr("How the cells combine %1").arg(measure));
    for (PivotAggregate a : m != nullptr ? m->aggregates : std::vector<PivotAggregate>{aggregate}) {
        combo->addItem(pivotAggregateText(a), qs(pivot_aggregate_name(a)));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(qs(pivot_aggregate_name(aggregate)))));
    row->addWidget(combo);
    row->addWidget(new QLabel(measure, cell), 1);
    item->setSizeHint(cell->sizeHint());
    values_->setItemWidget(item, cell);
    status_->clear();
}

void PivotBuilder::addFilter(const QString& dimension, const QStringList& values) {
    auto* item = new QListWidgetItem(filters_);
    item->setData(kPivotFieldNameRole, dimension);
    auto* cell = new QWidget(filters_);
    auto* row = new QHBoxLayout(cell);
    row->setContentsMargins(2, 1, 2, 1);
    row->addWidget(new QLabel(tr("%1 =").arg(dimension), cell));
    auto* edit = new QLineEdit(values.join(QStringLiteral("; ")), cell);
    edit->setObjectName(QStringLiteral("pivotFilterValues"));
    edit->setPlaceholderText(tr("value; value"));
    edit->setToolTip(
        tr("Keep rows whose %1 is one of these values, separated by ;").arg(dimension));
    row->addWidget(edit, 1);
    item->setSizeHint(cell->sizeHint());
    filters_->setItemWidget(item, cell);
    status_->clear();
}

void PivotBuilder::removeFromZone(Zone z, int row) {
    delete zone(z)->takeItem(row);
}

void PivotBuilder::fieldActivated(QListWidgetItem* item) {
    if (item == nullptr) {
        return;
    }
    const bool measure = item->data(kPivotFieldIsMeasureRole).toBool();
    addField(measure ? Zone::Values : Zone::Rows, item->data(kPivotFieldNameRole).toString());
}

void PivotBuilder::fieldMenu(const QPoint& pos) {
    QListWidgetItem* item = fields_->itemAt(pos);
    if (item == nullptr) {
        return;
    }
    const QString name = item->data(kPivotFieldNameRole).toString();
    QMenu menu(this);
    if (item->data(kPivotFieldIsMeasureRole).toBool()) {
        menu.addAction(tr("Add to &values"), this, [this, name] { addField(Zone::Values, name); });
    } else {
        menu.addAction(tr("Add to &rows"), this, [this, name] { addField(Zone::Rows, name); });
        menu.addAction(tr("Add to &columns"), this,
                       [this, name] { addField(Zone::Columns, name); });
        menu.addAction(tr("Add to &filters"), this,
                       [this, name] { addField(Zone::Filters, name); });
    }
    menu.exec(fields_->viewport()->mapToGlobal(pos));
}

void PivotBuilder::setPivotLayout(const PivotLayout& layout) {
    filling_ = true;
    const int index = source_->findData(qs(layout.source));
    if (index >= 0) {
        source_->setCurrentIndex(index);
    }
    filling_ = false;
    fillFieldsFor(currentSource());
    clearZones();
    for (const std::string& d : layout.rows) {
        auto* item = new QListWidgetItem(qs(d), rows_);
        item->setData(kPivotFieldNameRole, qs(d));
    }
    for (const std::string& d : layout.columns) {
        auto* item = new QListWidgetItem(qs(d), columns_);
        item->setData(kPivotFieldNameRole, qs(d));
    }
    for (const PivotValue& v : layout.values) {
        addValue(qs(v.measure), v.aggregate);
    }
    for (const PivotFilter& f : layout.filters) {
        QStringList values;
        for (const std::string& v : f.values) {
            values << qs(v);
        }
        addFilter(qs(f.dimension), values);
    }
    totals_->setChecked(layout.totals);
}

PivotLayout PivotBuilder::pivotLayout() const {
    PivotLayout l;
    l.source = utf8(currentSource());
    for (const QString& d : dimensionsIn(Zone::Rows)) {
        l.rows.push_back(utf8(d));
    }
    for (const QString& d : dimensionsIn(Zone::Columns)) {
        l.columns.push_back(utf8(d));
    }
    for (int r = 0; r < values_->count(); ++r) {
        QListWidgetItem* item = values_->item(r);
        PivotValue v;
        v.measure = utf8(item->data(kPivotFieldNameRole).toString());
        if (const QWidget* cell = values_->itemWidget(item)) {
            if (const auto* combo = cell->findChild<QComboBox*>()) {
                parse_pivot_aggregate(utf8(combo->currentData().toString()), v.aggregate);
            }
        }
        l.values.push_back(v);
    }
    for (int r = 0; r < filters_->count(); ++r) {
        QListWidgetItem* item = filters_->item(r);
        PivotFilter f;
        f.dimension = utf8(item->data(kPivotFieldNameRole).toString());
        if (const QWidget* cell = filters_->itemWidget(item)) {
            if (const auto* edit = cell->findChild<QLineEdit*>()) {
                for (const QString& v : pivotFilterValues(edit->text())) {
                    f.values.push_back(utf8(v));
                }
            }
        }
        // A filter with nothing typed keeps every row.
        if (!f.values.empty()) {
            l.filters.push_back(std::move(f));
        }
    }
    l.totals = totals_->isChecked();
    return l;
}

void PivotBuilder::run() {
    if (!job_.begin()) {
        return;
    }
    const std::filesystem::path database = toPath(session_.filePath());
    const PivotLayout layout = pivotLayout();
    watcher_.setFuture(QtConcurrent::run(backgroundJobPool(), [database, layout, this] {
        PivotRun out;
        out.layout = layout;
        const JobEnd end = runCatching([&] {
            // Its own read-only connection: never the GUI's.
            out.table = run_pivot(database, layout, job_.cancelFlag());
            out.cancelled = job_.cancelled();
        });
        out.cancelled = out.cancelled || end.cancelled;
        out.error = end.error;
        return out;
    }));
}

void PivotBuilder::cancel() {
    job_.cancel();
}

void PivotBuilder::done() {
    PivotRun result = watcher_.result();
    if (job_.end()) {
        run();
        return;
    }
    if (!job_.answered(result.cancelled, result.error, hasResult_, this,
                       tr("Cannot run the pivot"))) {
        emit finished();
        return;
    }
    QStringList notes;
    for (const std::string& n : result.table.notes) {
        notes << qs(n);
    }
    notes_->setText(notes.join(QLatin1Char('\n')));
    notes_->setVisible(!notes.isEmpty());
    shown_ = result.layout;
    model_->setTable(std::move(result.table));
    hasResult_ = true;
    view_->updateCount();
    view_->fitColumns();
    export_->setEnabled(true);
    status_->setText(model_->detailRowCount() == 0 ? tr("No rows for this layout.") : QString());
    emit finished();
}

bool PivotBuilder::saveLayoutAs(const QString& name) {
    try {
        const bool replaced =
            save_pivot_layout(session_.connection(), session_.action(), utf8(name), pivotLayout());
        status_->setText(replaced ? tr("Layout %1 replaced.").arg(name.trimmed())
                                  : tr("Layout %1 saved.").arg(name.trimmed()));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot save the layout"), qs(e.what()));
        return false;
    }
    reload();
    saved_->setCurrentIndex(saved_->findText(name.trimmed()));
    emit layoutsChanged();
    return true;
}

bool PivotBuilder::openSavedLayout(const QString& name, const QString& owner) {
    try {
        setPivotLayout(
            load_pivot_layout(session_.connection(), session_.action(), utf8(name), utf8(owner)));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot open the layout %1").arg(name), qs(e.what()));
        return false;
    }
    status_->setText(tr("Layout %1 opened.").arg(name));
    status_->setToolTip(status_->text());
    {
        // Show which saved layout this is, without reopening it.
        const QSignalBlocker quiet(saved_);
        saved_->setCurrentIndex(saved_->findData(QStringList{name, owner}));
    }
    return true;
}

bool PivotBuilder::deleteSavedLayout(const QString& name, const QString& owner) {
    try {
        delete_pivot_layout(session_.connection(), session_.action(), utf8(name), utf8(owner));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot delete the layout %1").arg(name), qs(e.what()));
        return false;
    }
    reload();
    status_->setText(tr("Layout %1 deleted.").arg(name));
    emit layoutsChanged();
    return true;
}

void PivotBuilder::savedChosen(int index) {
    const QStringList key = saved_->itemData(index).toStringList();
    if (key.size() == 2 && openSavedLayout(key[0], key[1])) {
        run();
    }
}

void PivotBuilder::askSaveName() {
    bool ok = false;
    const QStringList key = saved_->currentData().toStringList();
    const QString name =
        QInputDialog::getText(this, tr("Save layout"), tr("Name of the layout:"), QLineEdit::Normal,
                              key.size() == 2 && key[1].isEmpty() ? key[0] : QString(), &ok);
    if (ok) {
        saveLayoutAs(name);
    }
}

void PivotBuilder::askDelete() {
    const QStringList key = saved_->currentData().toStringList();
    if (key.size() != 2) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete layout"),
                              tr("Delete the saved layout %1?").arg(saved_->currentText())) ==
        QMessageBox::Yes) {
        deleteSavedLayout(key[0], key[1]);
    }
}

bool PivotBuilder::exportTo(const QString& path, ReportFileFormat format, QString* error) const {
    // The document `uplift-cli report pivot --format pdf` writes, with the layout as filters.
    return writeReportFile(session_, path, format, model_->table(),
                           {qs(describe_pivot_layout(shown_))}, error);
}

void PivotBuilder::chooseExportFile() {
    const std::optional<ReportExportTarget> target =
        chooseReportExport(this, tr("Export the pivot"), QStringLiteral("pivot.csv"));
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
    status_->setText(tr("%n row(s) saved to %1.", nullptr, model_->detailRowCount())
                         .arg(QDir::toNativeSeparators(path)));
}

}  // namespace uplift::app
