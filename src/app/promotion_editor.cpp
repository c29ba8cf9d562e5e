#include "promotion_editor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "app_session.h"
#include "change_value_command.h"
#include "error_display.h"
#include "errors.h"
#include "masterdata/products.h"
#include "pnl_panel.h"
#include "promotion_catalog.h"
#include "promotion_header.h"
#include "promotion_history_tab.h"
#include "promotion_lines_model.h"
#include "promotion_status_style.h"
#include "promotion_weekly_units.h"
#include "promotions/post_event.h"
#include "promotions/promotion_store.h"
#include "reason_dialog.h"
#include "scenarios_tab.h"
#include "tactic_text.h"
#include "text_conversions.h"
#include "transition_probe.h"
#include "units_chart.h"
#include "workflows/promotion_edits.h"
#include "workflows/promotion_workflows.h"

namespace uplift::app {

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* l = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return l;
}

}  // namespace

PromotionEditor::PromotionEditor(AppSession& session, PromotionCatalog& catalog,
                                 const QString& code, QWidget* parent)
    : QDialog(parent),
      session_(session),
      catalog_(catalog),
      code_(code),
      undoStack_(new QUndoStack(this)),
      header_(new PromotionHeader(this)),
      notice_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      lines_(new PromotionLinesModel(this)),
      linesView_(new QTableView(this)),
      tactics_(new QTableWidget(this)),
      pnl_(new PnlPanel(this)),
      chart_(new UnitsChart(this)),
      scenarios_(new ScenariosTab(session, this)),
      history_(new PromotionHistoryTab(session, this)) {
    setObjectName(QStringLiteral("promotionEditor"));
    setWindowTitle(tr("Promotion %1").arg(code));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    // Undo and redo of this promotion's edits, in the editor's own window.
    QAction* undo = undoStack_->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editorUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    QAction* redo = undoStack_->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editorRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    addAction(undo);
    addAction(redo);
    // Buttons that keep a short label; the action's full text ("Undo Change depth…") is the
    // tooltip.
    const auto button = [this](QAction* action, const QString& label) {
        auto* b = new QPushButton(action->icon(), label, this);
        b->setAutoDefault(false);
        b->setEnabled(action->isEnabled());
        b->setToolTip(action->text());
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] {
            b->setEnabled(action->isEnabled());
            b->setToolTip(action->text());
        });
        return b;
    };
    QPushButton* undoButton = button(undo, tr("Undo"));
    undoButton->setObjectName(QStringLiteral("editorUndoButton"));
    QPushButton* redoButton = button(redo, tr("Redo"));

    notice_->setObjectName(QStringLiteral("promotionNotice"));
    notice_->setWordWrap(true);
    notice_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto* plan = new QWidget(tabs_);
    buildPlanTab(plan);
    tabs_->addTab(plan, tr("&Plan"));
    tabs_->addTab(scenarios_, tr("&Scenarios"));
    tabs_->addTab(history_, tr("&History"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 10);
    layout->addWidget(header_);
    layout->addWidget(notice_);
    layout->addWidget(tabs_, 1);
    layout->addLayout(bottom);

    connect(header_, &PromotionHeader::actionTriggered, this, &PromotionEditor::takeAction);
    connect(lines_, &PromotionLinesModel::refused, this,
            [this](const QString& message) { showRefusal(this, tr("Change refused"), message); });
    connect(lines_, &PromotionLinesModel::depthEditRequested, this,
            [this](const QString& sku, qint64 oldUnits, qint64 newUnits) {
                auto apply = [editor = QPointer<PromotionEditor>(this), sku](const QVariant& v) {
                    return editor != nullptr && editor->applyDepth(sku, v.toLongLong());
                };
                undoStack_->push(new ChangeValueCommand(
                    kChangePromotionDepth, QStringLiteral("promotion/%1/depth/%2").arg(code_, sku),
                    QVariant::fromValue(oldUnits), QVariant::fromValue(newUnits), apply,
                    tr("Change depth of %1 in %2").arg(sku, code_)));
            });
    connect(
        lines_, &PromotionLinesModel::unitsEditRequested, this,
        [this](const QString& sku, const QVariant& oldUnits, const QVariant& newUnits) {
            auto apply = [editor = QPointer<PromotionEditor>(this), sku](const QVariant& v) {
                return editor != nullptr && editor->applyPlannedUnits(sku, v);
            };
            undoStack_->push(new ChangeValueCommand(
                kChangePlannedUnits, QStringLiteral("promotion/%1/units/%2").arg(code_, sku),
                oldUnits, newUnits, apply, tr("Change planned units of %1 in %2").arg(sku, code_)));
        });
    connect(scenarios_, &ScenariosTab::changed, this, [this] {
        // Another scenario is the plan now: earlier edits were on the previous one.
        undoStack_->clear();
        reload();
    });
    resize(1240, 800);
}

void PromotionEditor::buildPlanTab(QWidget* page) {
    linesView_->setObjectName(QStringLiteral("promotionLinesTable"));
    linesView_->setModel(lines_);
    linesView_->setAlternatingRowColors(true);
    linesView_->setWordWrap(false);
    linesView_->verticalHeader()->setVisible(false);
    linesView_->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    linesView_->verticalHeader()->setDefaultSectionSize(linesView_->fontMetrics().height() + 8);

    tactics_->setObjectName(QStringLiteral("promotionTacticsTable"));
    tactics_->setColumnCount(4);
    tactics_->setHorizontalHeaderLabels(
        {tr("Tactic"), tr("Depth or amount"), tr("Fund"), tr("Version")});
    tactics_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tactics_->verticalHeader()->setVisible(false);
    tactics_->verticalHeader()->setDefaultSectionSize(tactics_->fontMetrics().height() + 8);
    tactics_->horizontalHeader()->setStretchLastSection(false);
    tactics_->setMaximumHeight(150);

    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sectionTitle(tr("Lines"), left));
    leftLayout->addWidget(linesView_, 3);
    leftLayout->addWidget(sectionTitle(tr("Tactics"), left));
    leftLayout->addWidget(tactics_, 1);

    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(pnl_);
    rightLayout->addWidget(chart_, 1);

    auto* split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->addWidget(split);
}

bool PromotionEditor::isRunning(const Promotion& p) const {
    const Date today = session_.actor().today;
    return p.instore.first < today && today <= p.instore.last;
}

bool PromotionEditor::reload() {
    try {
        const int row = catalog_.reload(session_, code_);
        if (row < 0) {
            showRefusal(this, tr("Promotion %1").arg(code_),
                        tr("The promotion is no longer in the file."));
            return false;
        }
        const CatalogEntry& entry = catalog_.at(row);
        const Promotion& p = entry.promotion;
        db::Connection& conn = session_.connection();
        const PlannedPnl pnl = simulate_promotion(conn, p);

        std::optional<RoiFigures> actual;
        if (!p.lines.empty() && p.instore.first <= session_.actor().today) {
            const auto roi = post_event_analysis(conn, {p}, session_.actor().today);
            if (!roi.empty() && roi.front().total.actual_units != 0) {
                actual = roi.front().total;
            }
        }
        pnl_->display(pnl, actual);

        std::vector<PromotionLinesModel::Row> rows;
        QStringList skus;
        for (const PromotionLine& line : p.lines) {
            PromotionLinesModel::Row r;
            r.line = line;
            for (const PlannedLine& pl : pnl.lines) {
                if (pl.line_id == line.id) {
                    r.plan = pl;
                }
            }
            if (const auto product = find_product(conn, line.sku)) {
                r.productName = qs(product->name);
            }
            skus << qs(line.sku);
            rows.push_back(std::move(r));
        }
        // A rep file's promotions are for reading: only targets travel back.
        editable_ = !session_.isRepFile() && may_edit_promotion(conn, session_.actor(), p);
        lines_->setEditable(editable_);
        lines_->setRows(std::move(rows));
        linesView_->resizeColumnsToContents();
        linesView_->horizontalHeader()->setSectionResizeMode(PromotionLinesModel::Product,
                                                             QHeaderView::Stretch);

        header_->display(entry, offeredActions(session_, p, round_whole(pnl.spend)));
        fillTactics(p);
        chart_->display(weeklyUnits(conn, p, pnl, session_.actor().today));
        scenarios_->reload(code_, editable_);
        history_->reload(code_, skus);

        if (!editable_) {
            notice_->setText(tr("Read-only: user “%1” may not change this promotion (it needs the "
                                "right “promotions.edit” for its brands or account).")
                                 .arg(session_.userName()));
        } else if (isRunning(p)) {
            notice_->setText(tr("The promotion is running: a new depth applies from today (%1); "
                                "earlier days keep theirs. The plan shows the depth at the start.")
                                 .arg(QLocale().toString(session_.today(), QLocale::ShortFormat)));
        } else {
            notice_->setText(
                tr("Double-click a depth or planned units to change it; leave planned "
                   "units empty to use the model's forecast."));
        }
        emit promotionChanged(row);
        return true;
    } catch (const std::exception& e) {
        showRefusal(this, tr("Cannot read promotion %1").arg(code_), qs(e.what()));
        return false;
    }
}

void PromotionEditor::fillTactics(const Promotion& p) {
    tactics_->setRowCount(static_cast<int>(p.tactics.size()));
    for (int r = 0; r < static_cast<int>(p.tactics.size()); ++r) {
        const Tactic& t = p.tactics[static_cast<std::size_t>(r)];
        const QStringList cells = {TacticText::kindName(t.kind), TacticText::values(t),
                                   t.fund.empty() ? tr("—") : qs(t.fund),
                                   QLocale().toString(t.version)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 1 || c == 3) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            tactics_->setItem(r, c, item);
        }
    }
    tactics_->resizeColumnsToContents();
    tactics_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

bool PromotionEditor::applyDepth(const QString& sku, qint64 percentUnits) {
    try {
        const auto p = load_promotion(session_.connection(), utf8(code_));
        std::optional<Date> from;
        if (p && isRunning(*p)) {
            from = session_.actor().today;
        }
        change_depth(session_.connection(), session_.action(), utf8(code_), {utf8(sku)},
                     percentUnits, from);
    } catch (const std::exception& e) {
        showRefusal(this, tr("Depth not changed"), qs(e.what()));
        return false;
    }
    reload();
    return true;
}

bool PromotionEditor::applyPlannedUnits(const QString& sku, const QVariant& units) {
    try {
        std::optional<std::int64_t> value;
        if (units.isValid()) {
            value = units.toLongLong();
        }
        set_planned_units(session_.connection(), session_.action(), utf8(code_), utf8(sku), value);
    } catch (const std::exception& e) {
        showRefusal(this, tr("Planned units not changed"), qs(e.what()));
        return false;
    }
    reload();
    return true;
}

void PromotionEditor::takeAction(PromotionAction action) {
    TransitionRequest request;
    request.action = action;
    const QString name = PromotionStatusStyle::actionName(action);
    try {
        if (action == PromotionAction::Reject || action == PromotionAction::Cancel) {
            ReasonDialog ask(tr("%1 %2").arg(name, code_),
                             tr("Why? The reason is kept in the promotion's history."), true, this);
            if (ask.exec() != QDialog::Accepted) {
                return;
            }
            request.reason = utf8(ask.reason());
        }
        if (action == PromotionAction::Approve) {
            const auto p = load_promotion(session_.connection(), utf8(code_));
            const auto overlaps =
                p ? find_overlaps(session_.connection(), *p) : std::vector<PromotionOverlap>{};
            if (!overlaps.empty()) {
                QStringList list;
                for (const PromotionOverlap& o : overlaps) {
                    list << tr("%1 on %2 (%3 – %4)")
                                .arg(qs(o.other_code), qs(o.sku),
                                     QLocale().toString(toQDate(o.other_instore.first),
                                                        QLocale::ShortFormat),
                                     QLocale().toString(toQDate(o.other_instore.last),
                                                        QLocale::ShortFormat));
                }
                ReasonDialog ask(tr("Approve %1 despite overlaps").arg(code_),
                                 tr("%1 overlaps %2. Give the reason to approve it anyway:")
                                     .arg(code_, list.join(QStringLiteral(", "))),
                                 true, this);
                if (ask.exec() != QDialog::Accepted) {
                    return;
                }
                request.overlap_reason = utf8(ask.reason());
            }
        }
        change_promotion_status(session_.connection(), session_.action(), utf8(code_), request);
    } catch (const std::exception& e) {
        showRefusal(this, tr("%1 refused").arg(name), qs(e.what()));
        return;
    }
    reload();
}

}  // namespace uplift::app
