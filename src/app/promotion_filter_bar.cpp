#include "promotion_filter_bar.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

#include "promotion_status_style.h"

namespace uplift::app {

namespace {

// QDateEdit cannot be empty: its minimum stands for "no limit" and shows as "any".
const QDate kOpenDate(2000, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kOpenDate);
    edit->setSpecialValueText(PromotionFilterBar::tr("any"));
    edit->setDate(kOpenDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

}  // namespace

PromotionFilterBar::PromotionFilterBar(QWidget* parent)
    : QWidget(parent),
      statusButton_(new QPushButton(this)),
      statusMenu_(new QMenu(this)),
      account_(new QComboBox(this)),
      brand_(new QComboBox(this)),
      from_(makeDateEdit(this, QStringLiteral("promotionFromEdit"))),
      to_(makeDateEdit(this, QStringLiteral("promotionToEdit"))),
      clear_(new QToolButton(this)) {
    statusButton_->setObjectName(QStringLiteral("promotionStatusFilter"));
    statusButton_->setMenu(statusMenu_);
    statusButton_->setToolTip(tr("Show promotions in these states"));
    for (const PromotionStatus s : PromotionStatusStyle::all()) {
        QAction* a = statusMenu_->addAction(PromotionStatusStyle::name(s));
        a->setCheckable(true);
        a->setData(static_cast<int>(s));
        connect(a, &QAction::toggled, this, [this] {
            updateStatusText();
            emit changed();
        });
    }

    account_->setObjectName(QStringLiteral("promotionAccountFilter"));
    account_->setEditable(true);
    account_->setInsertPolicy(QComboBox::NoInsert);
    account_->setMinimumContentsLength(18);
    account_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    account_->completer()->setFilterMode(Qt::MatchContains);
    account_->completer()->setCompletionMode(QCompleter::PopupCompletion);
    brand_->setObjectName(QStringLiteral("promotionBrandFilter"));
    brand_->setMinimumContentsLength(12);
    brand_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setChoices({}, {});

    clear_->setObjectName(QStringLiteral("promotionClearFilters"));
    clear_->setText(tr("Clear"));
    clear_->setToolTip(tr("Show every promotion"));
    clear_->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(statusButton_);
    layout->addWidget(account_);
    layout->addWidget(brand_);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("In store from"), this));
    layout->addWidget(from_);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(to_);
    layout->addWidget(clear_);
    layout->addStretch(1);

    connect(account_, &QComboBox::currentIndexChanged, this, &PromotionFilterBar::changed);
    connect(account_->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Typed text that names no account shows every account again.
        if (account_->findText(account_->currentText()) < 0) {
            account_->setCurrentIndex(0);
        }
    });
    connect(brand_, &QComboBox::currentIndexChanged, this, &PromotionFilterBar::changed);
    connect(from_, &QDateEdit::dateChanged, this, &PromotionFilterBar::changed);
    connect(to_, &QDateEdit::dateChanged, this, &PromotionFilterBar::changed);
    connect(clear_, &QToolButton::clicked, this, &PromotionFilterBar::clear);
    updateStatusText();
}

void PromotionFilterBar::setChoices(const QList<QPair<QString, QString>>& accounts,
                                    const QStringList& brands) {
    const QSignalBlocker blockAccount(account_);
    const QSignalBlocker blockBrand(brand_);
    const QString account = account_->currentData().toString();
    const QString brand = brand_->currentData().toString();
    account_->clear();
    account_->addItem(tr("All accounts"), QString());
    for (const auto& [code, name] : accounts) {
        account_->addItem(name.isEmpty() ? code : QStringLiteral("%1 — %2").arg(code, name), code);
    }
    brand_->clear();
    brand_->addItem(tr("All brands"), QString());
    for (const QString& b : brands) {
        brand_->addItem(b, b);
    }
    account_->setCurrentIndex(std::max(0, account_->findData(account)));
    brand_->setCurrentIndex(std::max(0, brand_->findData(brand)));
}

PromotionFilter PromotionFilterBar::filter() const {
    PromotionFilter f;
    for (const QAction* a : statusMenu_->actions()) {
        if (a->isChecked()) {
            f.statuses.insert(static_cast<PromotionStatus>(a->data().toInt()));
        }
    }
    f.account = account_->currentData().toString();
    f.brand = brand_->currentData().toString();
    if (from_->date() != kOpenDate) {
        f.from = from_->date();
    }
    if (to_->date() != kOpenDate) {
        f.to = to_->date();
    }
    return f;
}

void PromotionFilterBar::setStatuses(const std::set<PromotionStatus>& statuses) {
    for (QAction* a : statusMenu_->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(statuses.contains(static_cast<PromotionStatus>(a->data().toInt())));
    }
    updateStatusText();
    emit changed();
}

void PromotionFilterBar::setAccount(const QString& code) {
    account_->setCurrentIndex(std::max(0, account_->findData(code)));
}

void PromotionFilterBar::setBrand(const QString& brand) {
    brand_->setCurrentIndex(std::max(0, brand_->findData(brand)));
}

void PromotionFilterBar::setPeriod(const QDate& from, const QDate& to) {
    from_->setDate(from.isValid() ? from : kOpenDate);
    to_->setDate(to.isValid() ? to : kOpenDate);
}

void PromotionFilterBar::clear() {
    {
        const QSignalBlocker b1(account_);
        const QSignalBlocker b2(brand_);
        const QSignalBlocker b3(from_);
        const QSignalBlocker b4(to_);
        account_->setCurrentIndex(0);
        brand_->setCurrentIndex(0);
        from_->setDate(kOpenDate);
        to_->setDate(kOpenDate);
    }
    setStatuses({});
}

void PromotionFilterBar::updateStatusText() {
    QStringList chosen;
    for (const QAction* a : statusMenu_->actions()) {
        if (a->isChecked()) {
            chosen << a->text();
        }
    }
    if (chosen.isEmpty()) {
        statusButton_->setText(tr("All states"));
    } else if (chosen.size() <= 2) {
        statusButton_->setText(chosen.join(QStringLiteral(", ")));
    } else {
        statusButton_->setText(tr("States: %1").arg(chosen.size()));
    }
}

}  // namespace uplift::app
