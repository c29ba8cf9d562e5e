#include "disaggregation_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "app_session.h"
#include "disaggregation_preview_model.h"
#include "target_cell_text.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

bool sameRequest(const DisaggregationRequest& a, const DisaggregationRequest& b) {
    const auto locks = [](const DisaggregationRequest& r) {
        std::vector<std::pair<std::string, std::string>> out;
        for (const TargetLock& l : r.locks) {
            out.emplace_back(l.account, l.brand);
        }
        return out;
    };
    return a.period == b.period && a.units == b.units && a.value == b.value && a.level == b.level &&
           locks(a) == locks(b);
}

// ISO dates, as the CLI prints them: "same period last year (2024-03-01 to 2024-03-31)".
QString basisText(const Disaggregation& d) {
    const auto date = [](const std::string& iso) { return qs(iso); };
    switch (d.basis) {
        case TargetBasis::LastYear:
            return DisaggregationDialog::tr("same period last year (%1 to %2)")
                .arg(date(d.basis_from), date(d.basis_to));
        case TargetBasis::LastThreeMonths:
            return DisaggregationDialog::tr(
                       "the three months before (%1 to %2): no sales in the "
                       "same period last year")
                .arg(date(d.basis_from), date(d.basis_to));
        case TargetBasis::Equal:
            break;
    }
    return DisaggregationDialog::tr(
        "equal split: no sales last year or in the three months "
        "before");
}

}  // namespace

DisaggregationDialog::DisaggregationDialog(AppSession& session, const QStringList& periods,
                                           const QString& period,
                                           const std::vector<TargetLock>& locks, QWidget* parent)
    : QDialog(parent),
      session_(session),
      period_(new QComboBox(this)),
      units_(new QLineEdit(this)),
      value_(new QLineEdit(this)),
      level_(new QComboBox(this)),
      locks_(new QListWidget(this)),
      basis_(new QLabel(this)),
      sum_(new QLabel(this)),
      problem_(new QLabel(this)),
      model_(new DisaggregationPreviewModel(this)),
      table_(new QTableView(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      debounce_(new QTimer(this)) {
    setObjectName(QStringLiteral("disaggregationDialog"));
    setWindowTitle(tr("Disaggregate a target"));
    period_->setObjectName(QStringLiteral("disaggregationPeriod"));
    period_->setEditable(true);
    period_->addItems(periods);
    period_->setCurrentText(period);
    units_->setObjectName(QStringLiteral("disaggregationUnits"));
    value_->setObjectName(QStringLiteral("disaggregationValue"));
    units_->setPlaceholderText(tr("whole units"));
    value_->setPlaceholderText(
        tr("amount, e.g. %1").arg(formatTargetCell(500000000, TargetMeasure::Value)));
    level_->setObjectName(QStringLiteral("disaggregationLevel"));
    level_->addItem(tr("Partner × brand"), static_cast<int>(TargetLevel::Account));
    level_->addItem(tr("Rep"), static_cast<int>(TargetLevel::Rep));
    level_->addItem(tr("Division (region)"), static_cast<int>(TargetLevel::Division));
    locks_->setObjectName(QStringLiteral("disaggregationLocks"));
    locks_->setMaximumHeight(fontMetrics().height() * 5);
    for (const TargetLock& l : locks) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 / %2").arg(qs(l.account), qs(l.brand)), locks_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, qs(l.account));
        item->setData(Qt::UserRole + 1, qs(l.brand));
    }
    auto* lockHint = new QLabel(
        locks.empty() ? tr("No locks: select rows in the grid before opening this dialog to keep "
                           "their targets.")
                      : tr("Checked pairs keep their current target; the rest is split."),
        this);
    lockHint->setWordWrap(true);
    lockHint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    basis_->setObjectName(QStringLiteral("disaggregationBasis"));
    basis_->setWordWrap(true);
    sum_->setObjectName(QStringLiteral("disaggregationSum"));
    problem_->setObjectName(QStringLiteral("disaggregationProblem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem_->setVisible(false);

    table_->setObjectName(QStringLiteral("disaggregationPreview"));
    table_->setModel(model_);
    table_->verticalHeader()->setVisible(false);
    table_->setAlternatingRowColors(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    table_->setMinimumSize(620, 260);
    table_->horizontalHeader()->setStretchLastSection(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), period_);
    form->addRow(tr("Total &units:"), units_);
    form->addRow(tr("Total &value:"), value_);
    form->addRow(tr("&Level:"), level_);
    form->addRow(tr("Loc&ks:"), locks_);
    form->addRow(QString(), lockHint);

    QPushButton* previewButton = buttons_->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("disaggregationPreviewButton"));
    saveButton()->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* basisRow = new QHBoxLayout;
    basisRow->addWidget(new QLabel(tr("Basis:"), this));
    basisRow->addWidget(basis_, 1);
    layout->addLayout(basisRow);
    layout->addWidget(table_, 1);
    layout->addWidget(sum_);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);

    debounce_->setSingleShot(true);
    debounce_->setInterval(300);
    connect(debounce_, &QTimer::timeout, this, &DisaggregationDialog::preview);
    connect(period_, &QComboBox::currentTextChanged, this, &DisaggregationDialog::inputsChanged);
    connect(units_, &QLineEdit::textChanged, this, &DisaggregationDialog::inputsChanged);
    connect(value_, &QLineEdit::textChanged, this, &DisaggregationDialog::inputsChanged);
    connect(level_, &QComboBox::currentIndexChanged, this, [this] {
        // Locks name partner x brand pairs: they apply to that level only.
        locks_->setEnabled(level_->currentData().toInt() == static_cast<int>(TargetLevel::Account));
        inputsChanged();
    });
    connect(locks_, &QListWidget::itemChanged, this, &DisaggregationDialog::inputsChanged);
    connect(previewButton, &QPushButton::clicked, this, &DisaggregationDialog::preview);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        const auto now = request();
        if (previewed_ && now && sameRequest(*previewed_, *now)) {
            accept();
        }
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    basis_->setText(tr("(preview to see it)"));
    resize(760, 640);
}

QPushButton* DisaggregationDialog::saveButton() const {
    return buttons_->button(QDialogButtonBox::Save);
}

void DisaggregationDialog::inputsChanged() {
    // What Save writes is what the preview showed: a change asks for a new preview.
    previewed_.reset();
    saveButton()->setEnabled(false);
    debounce_->start();
}

std::optional<DisaggregationRequest> DisaggregationDialog::request() {
    const auto fail = [this](const QString& why) {
        problem_->setText(why);
        problem_->setVisible(true);
        return std::nullopt;
    };
    DisaggregationRequest r;
    r.period = utf8(period_->currentText().trimmed());
    const TargetCellParse units = parseTargetCell(units_->text(), TargetMeasure::Units);
    if (!units.ok() || !units.amount) {
        return fail(tr("Total units: %1").arg(units.ok() ? tr("required") : units.error));
    }
    const TargetCellParse value = parseTargetCell(value_->text(), TargetMeasure::Value);
    if (!value.ok() || !value.amount) {
        return fail(tr("Total value: %1").arg(value.ok() ? tr("required") : value.error));
    }
    r.units = *units.amount;
    r.value = *value.amount;
    r.level = static_cast<TargetLevel>(level_->currentData().toInt());
    if (r.level == TargetLevel::Account) {
        for (int i = 0; i < locks_->count(); ++i) {
            const QListWidgetItem* item = locks_->item(i);
            if (item->checkState() == Qt::Checked) {
                r.locks.push_back({utf8(item->data(Qt::UserRole).toString()),
                                   utf8(item->data(Qt::UserRole + 1).toString())});
            }
        }
    }
    return r;
}

bool DisaggregationDialog::preview() {
    debounce_->stop();
    problem_->setVisible(false);
    previewed_.reset();
    saveButton()->setEnabled(false);
    const std::optional<DisaggregationRequest> r = request();
    if (!r) {
        model_->clear();
        sum_->clear();
        return false;
    }
    Disaggregation plan;
    try {
        plan = disaggregate(session_.connection(), session_.action(), *r, true);
    } catch (const std::exception& e) {
        model_->clear();
        sum_->clear();
        problem_->setText(qs(e.what()));
        problem_->setVisible(true);
        return false;
    }
    model_->setPlan(plan);
    const bool account = plan.level == TargetLevel::Account;
    table_->setColumnHidden(DisaggregationPreviewModel::Rep, plan.level == TargetLevel::Division);
    table_->setColumnHidden(DisaggregationPreviewModel::Account, !account);
    table_->setColumnHidden(DisaggregationPreviewModel::Brand, !account);
    table_->setColumnHidden(DisaggregationPreviewModel::Locked, !account);
    table_->resizeColumnsToContents();
    basis_->setText(basisText(plan));
    std::int64_t units = 0;
    std::int64_t value = 0;
    for (const TargetShare& s : plan.shares) {
        units += s.units;
        value += s.value;
    }
    sum_->setText(
        account ? tr("%n share(s): %1 units, %2; Save writes %3 target(s).", nullptr,
                     static_cast<int>(plan.shares.size()))
                      .arg(formatTargetCell(units, TargetMeasure::Units),
                           formatTargetCell(value, TargetMeasure::Value))
                      .arg(plan.changed)
                : tr("%n share(s): %1 units, %2.", nullptr, static_cast<int>(plan.shares.size()))
                      .arg(formatTargetCell(units, TargetMeasure::Units),
                           formatTargetCell(value, TargetMeasure::Value)));
    previewed_ = r;
    saveButton()->setEnabled(true);
    return true;
}

}  // namespace uplift::app
