#include "scenarios_tab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "app_session.h"
#include "error_display.h"
#include "errors.h"
#include "exact_format.h"
#include "text_conversions.h"
#include "workflows/promotion_edits.h"

namespace uplift::app {

ScenariosTab::ScenariosTab(AppSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      table_(new QTableWidget(this)),
      add_(new QPushButton(tr("&New scenario…"), this)) {
    table_->setObjectName(QStringLiteral("scenariosTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    add_->setObjectName(QStringLiteral("addScenarioButton"));
    add_->setToolTip(tr("Copy the chosen scenario's tactics into a new scenario to compare"));

    auto* hint = new QLabel(tr("Scenarios are versions of the promotion's tactics and depth. "
                               "The chosen one is the plan; edits on the Plan tab change it."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(table_, 1);
    connect(add_, &QPushButton::clicked, this, &ScenariosTab::addScenario);
}

void ScenariosTab::reload(const QString& code, bool editable) {
    code_ = code;
    add_->setEnabled(editable);
    const std::vector<ScenarioPnl> scenarios = compare_scenarios(session_.connection(), utf8(code));
    const QStringList measures = {
        tr("Gross sales"),  tr("Trade spend"),       tr("Net sales"),
        tr("Gross margin"), tr("Incremental units"), tr("Incremental profit"),
        tr("ROI"),          tr("Break-even lift"),   QString()};
    table_->clear();
    useButtons_.clear();
    table_->setRowCount(static_cast<int>(measures.size()));
    table_->setColumnCount(static_cast<int>(scenarios.size()));
    table_->setVerticalHeaderLabels(measures);
    for (int c = 0; c < static_cast<int>(scenarios.size()); ++c) {
        const ScenarioPnl& s = scenarios[static_cast<std::size_t>(c)];
        const QString name = qs(s.scenario.name);
        auto* header = new QTableWidgetItem(s.scenario.chosen ? tr("%1 (chosen)").arg(name) : name);
        if (s.scenario.chosen) {
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
        }
        table_->setHorizontalHeaderItem(c, header);
        const PlannedPnl& p = s.pnl;
        const QString roi = formatRatioPct(p.incremental_profit, p.spend);
        const QStringList values = {
            formatExactMoney(p.gross_sales),
            formatExactMoney(p.spend),
            formatExactMoney(p.net_sales),
            formatExactMoney(p.gross_margin),
            formatExactUnits(p.incremental_units),
            formatExactMoney(p.incremental_profit),
            roi.isEmpty() ? tr("–") : roi,
            p.break_even_lift ? tr("×%1").arg(QLocale().toString(*p.break_even_lift, 'f', 2))
                              : tr("none"),
        };
        for (int r = 0; r < values.size(); ++r) {
            auto* item = new QTableWidgetItem(values[r]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, c, item);
        }
        auto* use = new QPushButton(tr("Use this"), table_);
        use->setObjectName(QStringLiteral("useScenario_%1").arg(name));
        use->setProperty("scenario", name);
        use->setEnabled(editable && !s.scenario.chosen);
        connect(use, &QPushButton::clicked, this, [this, name] { useScenario(name); });
        table_->setCellWidget(static_cast<int>(measures.size()) - 1, c, use);
        useButtons_.emplace_back(use);
    }
    table_->resizeColumnsToContents();
    for (int c = 0; c < table_->columnCount(); ++c) {
        table_->setColumnWidth(c, std::max(table_->columnWidth(c) + 16, 120));
    }
}

QPushButton* ScenariosTab::useButton(const QString& scenario) const {
    for (const auto& b : useButtons_) {
        if (b != nullptr && b->property("scenario").toString() == scenario) {
            return b;
        }
    }
    return nullptr;
}

void ScenariosTab::addScenario() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New scenario"), tr("Name of the new scenario:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok) {
        return;
    }
    try {
        add_scenario(session_.connection(), session_.action(), utf8(code_), utf8(name));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Scenario not added"), qs(e.what()));
        return;
    }
    emit changed();
}

void ScenariosTab::useScenario(const QString& name) {
    try {
        choose_scenario(session_.connection(), session_.action(), utf8(code_), utf8(name));
    } catch (const std::exception& e) {
        showRefusal(this, tr("Scenario not chosen"), qs(e.what()));
        return;
    }
    emit changed();
}

}  // namespace uplift::app
