#include "targets_section.h"

#include <QAction>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

#include "app_session.h"
#include "disaggregation_dialog.h"
#include "error_display.h"
#include "filtered_table_view.h"
#include "forecast_accuracy_view.h"
#include "source_index.h"
#include "target_cell_delegate.h"
#include "target_commands.h"
#include "target_gaps_panel.h"
#include "target_grid_filter.h"
#include "target_grid_model.h"
#include "target_totals_bar.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

// Spreadsheet clipboard text: rows by line, cells by tab; the line end after the last row adds
// no row.
QList<QStringList> splitBlock(QString text) {
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.endsWith(QLatin1Char('\n'))) {
        text.chop(1);
    }
    QList<QStringList> rows;
    if (text.isEmpty()) {
        return rows;
    }
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

QLabel* gapLegend(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("targetGapLegend"));
    label->setText(TargetsSection::tr("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;&nbsp;"
                                      "</span> differs from the top-down version (shown in grey)")
                       .arg(TargetGridModel::gapColor().name()));
    return label;
}

}  // namespace

TargetsSection::TargetsSection(AppSession& session, QUndoStack* undoStack, QWidget* parent)
    : SectionWidget(parent),
      session_(session),
      undoStack_(undoStack),
      model_(new TargetGridModel(this)),
      filter_(new TargetGridFilter(model_, this)),
      view_(new FilteredTableView(this)),
      totals_(nullptr),
      year_(new QSpinBox(this)),
      columns_(new QComboBox(this)),
      measure_(new QButtonGroup(this)),
      units_(new QToolButton(this)),
      value_(new QToolButton(this)),
      rep_(new QComboBox(this)),
      region_(new QComboBox(this)),
      brand_(new QComboBox(this)),
      paste_(new QPushButton(tr("&Paste block"), this)),
      disaggregate_(new QPushButton(tr("&Disaggregate…"), this)) {
    setObjectName(QStringLiteral("targetsSection"));
    const bool editAll = session.can("targets.edit");
    const bool editOwn = session.can("targets.edit_own");
    model_->setRights({editAll, editOwn, session.actor().user_id});

    view_->setSourceModel(filter_);
    QTableView* table = view_->table();
    table->setObjectName(QStringLiteral("targetGrid"));
    table->setItemDelegate(new TargetCellDelegate(model_, this));
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    view_->setStretchColumn(TargetGridModel::Partner);
    totals_ = new TargetTotalsBar(model_, table, view_);
    view_->addBelowTable(totals_);

    auto* pasteAction = new QAction(tr("Paste block"), table);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(pasteAction);
    connect(pasteAction, &QAction::triggered, this, &TargetsSection::pasteFromClipboard);
    paste_->setObjectName(QStringLiteral("targetPasteButton"));
    paste_->setToolTip(
        tr("Paste tab-separated rows from a spreadsheet at the current cell "
           "(Ctrl+V): all cells in one step, or none."));
    connect(paste_, &QPushButton::clicked, this, &TargetsSection::pasteFromClipboard);
    disaggregate_->setObjectName(QStringLiteral("targetDisaggregateButton"));
    const bool canSplit = session.can("targets.disaggregate");
    disaggregate_->setEnabled(canSplit);
    disaggregate_->setToolTip(canSplit ? tr("Split an HQ total of a period over divisions, reps "
                                            "or partners × brands")
                                       : tr("Needs the right “targets.disaggregate”."));
    connect(disaggregate_, &QPushButton::clicked, this, &TargetsSection::openDisaggregation);
    paste_->setEnabled(editAll || editOwn);
    view_->toolbarLayout()->addWidget(paste_);
    view_->toolbarLayout()->addWidget(disaggregate_);

    if (session.isRepFile()) {
        view_->setNotice(tr("Offline rep file of %1: enter the targets of your partners; "
                            "everything else in this file is read-only.")
                             .arg(session.repName()));
    } else if (!editAll && !editOwn) {
        view_->setNotice(
            tr("Read-only: changing targets needs the right “targets.edit” (or "
               "“targets.edit_own” for one's own partners)."));
    }

    connect(model_, &TargetGridModel::editRequested, this, &TargetsSection::pushEdits);
    connect(model_, &TargetGridModel::refused, this,
            [this](const QString& message) { refuse(tr("Not a target"), message); });

    buildFilters();
    auto* gridPage = new QWidget(this);
    auto* layout = new QVBoxLayout(gridPage);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year:"), this));
    bar->addWidget(year_);
    bar->addWidget(columns_);
    bar->addSpacing(12);
    bar->addWidget(units_);
    bar->addWidget(value_);
    bar->addSpacing(12);
    if (!session.isRepFile()) {
        // A rep file holds one rep's partners: no rep to choose.
        bar->addWidget(new QLabel(tr("Rep:"), this));
        bar->addWidget(rep_);
    } else {
        rep_->setVisible(false);
    }
    bar->addWidget(new QLabel(tr("Region:"), this));
    bar->addWidget(region_);
    bar->addWidget(new QLabel(tr("Brand:"), this));
    bar->addWidget(brand_);
    bar->addStretch(1);
    bar->addWidget(gapLegend(this));
    layout->addLayout(bar);
    layout->addWidget(view_, 1);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("targetTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(gridPage, tr("&Grid"));
    gaps_ = new TargetGapsPanel(session_, this);
    tabs_->addTab(gaps_, tr("&Bottom-up gaps"));
    connect(gaps_, &TargetGapsPanel::targetsChanged, this, &TargetsSection::reload);
    // A rep file holds no actuals to measure a plan against.
    if (!session.isRepFile()) {
        accuracy_ = new ForecastAccuracyView(session_, this);
        tabs_->addTab(accuracy_, tr("&Forecast accuracy"));
    }
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(tabs_);
}

void TargetsSection::buildFilters() {
    year_->setObjectName(QStringLiteral("targetYear"));
    year_->setRange(2000, 2100);
    year_->setValue(session_.today().year());
    year_->setKeyboardTracking(false);  // one reload per year, not per digit typed
    year_->setToolTip(tr("The year whose targets the grid shows"));
    columns_->setObjectName(QStringLiteral("targetColumns"));
    columns_->addItem(tr("Months"), false);
    columns_->addItem(tr("Quarters"), true);
    for (auto* b : {units_, value_}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        measure_->addButton(b);
    }
    units_->setObjectName(QStringLiteral("targetUnitsButton"));
    value_->setObjectName(QStringLiteral("targetValueButton"));
    units_->setText(tr("Units"));
    value_->setText(tr("Value"));
    units_->setChecked(true);
    measure_->setExclusive(true);
    rep_->setObjectName(QStringLiteral("targetRepFilter"));
    region_->setObjectName(QStringLiteral("targetRegionFilter"));
    brand_->setObjectName(QStringLiteral("targetBrandFilter"));
    for (QComboBox* box : {rep_, region_, brand_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }

    const auto reloadShown = [this] {
        try {
            reload();
        } catch (const std::exception& e) {
            refuse(tr("Cannot read the targets"), qs(e.what()));
        }
    };
    connect(year_, &QSpinBox::valueChanged, this, reloadShown);
    connect(columns_, &QComboBox::currentIndexChanged, this, reloadShown);
    connect(measure_, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool) {
        model_->setMeasure(value_->isChecked() ? TargetMeasure::Value : TargetMeasure::Units);
        view_->fitColumns();
    });
    connect(rep_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setRep(rep_->currentData().toString()); });
    connect(region_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setRegion(region_->currentData().toString()); });
    connect(brand_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setBrand(brand_->currentData().toString()); });
}

void TargetsSection::reload() {
    const bool quarters = columns_->currentData().toBool();
    const std::optional<std::string> rep =
        session_.isRepFile() ? std::optional<std::string>(utf8(session_.repName())) : std::nullopt;
    model_->setGrid(load_target_grid(session_.connection(),
                                     target_periods_of_year(year_->value(), quarters), rep));
    refillChoices();
    view_->fitColumns();
    totals_->recompute();
    gaps_->reload();
    if (accuracy_ != nullptr) {
        accuracy_->reload();
    }
}

void TargetsSection::refillChoices() {
    std::set<QString> reps, regions, brands;
    for (const TargetGridRow& r : model_->grid().rows) {
        if (!r.rep.empty()) {
            reps.insert(qs(r.rep));
        }
        regions.insert(qs(r.region));
        brands.insert(qs(r.brand));
    }
    const auto refill = [](QComboBox* box, const std::set<QString>& values, const QString& all) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString& v : values) {
            box->addItem(v, v);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(rep_, reps, tr("All reps"));
    refill(region_, regions, tr("All regions"));
    refill(brand_, brands, tr("All brands"));
    filter_->setRep(rep_->currentData().toString());
    filter_->setRegion(region_->currentData().toString());
    filter_->setBrand(brand_->currentData().toString());
}

int TargetsSection::viewRowOf(const QString& account, const QString& brand) const {
    const QAbstractItemModel* shown = view_->table()->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        const TargetGridRow& row = model_->gridRow(sourceIndex(shown->index(r, 0)).row());
        if (qs(row.account) == account && qs(row.brand) == brand) {
            return r;
        }
    }
    return -1;
}

void TargetsSection::refuse(const QString& title, const QString& message) {
    showRefusal(this, title, message);
}

void TargetsSection::pushEdits(std::vector<TargetEdit> before, std::vector<TargetEdit> after,
                               const QString& text) {
    undoStack_->push(new TargetEditCommand(
        session_, std::move(before), std::move(after),
        [model = QPointer<TargetGridModel>(model_)](const std::vector<TargetEdit>& written) {
            if (model) {
                model->applyEdits(written);
            }
        },
        this, text));
}

void TargetsSection::pasteFromClipboard() {
    pasteText(QGuiApplication::clipboard()->text());
}

bool TargetsSection::pasteText(const QString& text) {
    const QList<QStringList> block = splitBlock(text);
    if (block.isEmpty()) {
        return false;
    }
    const QTableView* table = view_->table();
    const QAbstractItemModel* shown = table->model();
    const QModelIndex anchor = table->currentIndex();
    const QString title = tr("Paste refused");
    if (!anchor.isValid()) {
        refuse(title, tr("Select the cell where the block's first value goes."));
        return false;
    }
    std::vector<TargetEdit> before, after;
    for (int i = 0; i < block.size(); ++i) {
        for (int j = 0; j < block[i].size(); ++j) {
            const QString where = tr("Row %1, column %2 of the block").arg(i + 1).arg(j + 1);
            const int viewRow = anchor.row() + i;
            const int viewColumn = anchor.column() + j;
            if (viewRow >= shown->rowCount()) {
                refuse(title, tr("%1 falls below the last row of the grid.").arg(where));
                return false;
            }
            const QModelIndex cell = sourceIndex(shown->index(viewRow, viewColumn));
            const int period = cell.isValid() ? model_->periodOfColumn(cell.column()) : -1;
            if (period < 0) {
                refuse(title, tr("%1 falls outside the period columns.").arg(where));
                return false;
            }
            const TargetGridRow& row = model_->gridRow(cell.row());
            const QString key =
                tr("%1 (%2 / %3, %4)")
                    .arg(where, qs(row.account), qs(row.brand),
                         qs(model_->grid().periods[static_cast<std::size_t>(period)]));
            if (!model_->rowEditable(cell.row())) {
                refuse(title, tr("%1: you may not change this partner's targets.").arg(key));
                return false;
            }
            const TargetCellParse parsed = parseTargetCell(block[i][j], model_->measure());
            if (!parsed.ok()) {
                refuse(title, tr("%1: %2").arg(key, parsed.error));
                return false;
            }
            before.push_back(model_->currentEdit(cell.row(), period));
            after.push_back(model_->editFor(cell.row(), period, parsed.amount));
        }
    }
    const int cells = static_cast<int>(after.size());
    const int depth = undoStack_->count();
    pushEdits(std::move(before), std::move(after), tr("Paste %n target(s)", nullptr, cells));
    // A refused write drops the step: nothing was pasted.
    return undoStack_->count() > depth;
}

DisaggregationDialog* TargetsSection::disaggregationDialog() const {
    return dialog_.data();
}

DisaggregationDialog* TargetsSection::openDisaggregation() {
    if (!session_.can("targets.disaggregate")) {
        return nullptr;
    }
    if (dialog_ != nullptr) {
        dialog_->raise();
        return dialog_;
    }
    const int year = year_->value();
    QStringList periods;
    for (const bool quarters : {false, true}) {
        for (const std::string& p : target_periods_of_year(year, quarters)) {
            periods << qs(p);
        }
    }
    // The period of the current column, and the selected rows as locks.
    const QTableView* table = view_->table();
    QString period = periods.first();
    const QModelIndex current = sourceIndex(table->currentIndex());
    if (const int p = current.isValid() ? model_->periodOfColumn(current.column()) : -1; p >= 0) {
        period = qs(model_->grid().periods[static_cast<std::size_t>(p)]);
    }
    std::vector<TargetLock> locks;
    std::set<int> rows;
    for (const QModelIndex& i : table->selectionModel()->selectedIndexes()) {
        rows.insert(sourceIndex(i).row());
    }
    for (const int r : rows) {
        locks.push_back({model_->gridRow(r).account, model_->gridRow(r).brand});
    }
    dialog_ = new DisaggregationDialog(session_, periods, period, locks, this);
    dialog_->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog_, &QDialog::accepted, this, [this, dialog = dialog_] {
        const auto request = dialog->request();
        if (!request) {
            return;
        }
        undoStack_->push(new DisaggregateCommand(
            session_, *request,
            [section = QPointer<TargetsSection>(this)] {
                if (section) {
                    section->reload();
                }
            },
            this));
    });
    dialog_->open();
    return dialog_;
}

}  // namespace uplift::app
