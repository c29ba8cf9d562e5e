#include "discount_choices.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "discounts/reason_codes.h"
#include "masterdata/accounts.h"
#include "masterdata/products.h"
#include "promotions/promotion_store.h"
#include "text_conversions.h"

namespace uplift::app {

DiscountChoices loadDiscountChoices(db::Connection& conn, const QDate& today) {
    DiscountChoices c;
    c.today = today;
    for (const Account& a : list_accounts(conn)) {
        c.accounts.append({qs(a.code), qs(a.name)});
    }
    for (const Product& p : list_products(conn)) {
        c.skus.append({qs(p.sku), qs(p.name)});
    }
    for (const std::string& ch : list_channels(conn)) {
        c.channels << qs(ch);
    }
    for (const Brand& b : list_brands(conn)) {
        c.brands << qs(b.name);
    }
    for (const std::string& cat : list_categories(conn)) {
        c.categories << qs(cat);
    }
    for (const ReasonCode& r : list_reason_codes(conn)) {
        if (r.active) {
            c.reasons.append({qs(r.code), qs(r.description)});
        }
    }
    for (const auto& [id, code] : promotion_codes(conn)) {
        c.promotions << qs(code);
    }
    return c;
}

void fillAccountCombo(QComboBox* combo, const DiscountChoices& c, const QString& anyText) {
    const QString kept = chosenAccount(combo);
    const QSignalBlocker quiet(combo);
    combo->clear();
    if (!anyText.isEmpty()) {
        combo->addItem(anyText, QString());
    }
    for (const auto& [code, name] : c.accounts) {
        combo->addItem(
            QCoreApplication::translate("uplift::app::DiscountChoices", "%1 — %2").arg(code, name),
            code);
    }
    if (!kept.isEmpty()) {
        chooseAccount(combo, kept);
    } else if (combo->count() > 0) {
        combo->setCurrentIndex(0);
    }
}

QComboBox* makeAccountCombo(const DiscountChoices& c, const QString& anyText, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(20);
    fillAccountCombo(combo, c, anyText);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setMinimumContentsLength(28);
    return combo;
}

QString chosenAccount(const QComboBox* combo) {
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    if (index >= 0) {
        return combo->itemData(index).toString();
    }
    // Typed: "CODE — name" cut to the code, or the code alone.
    return text.section(QStringLiteral(" — "), 0, 0).trimmed();
}

void chooseAccount(QComboBox* combo, const QString& code) {
    const int index = combo->findData(code);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        combo->setEditText(code);
    }
}

QComboBox* makeReasonCombo(const DiscountChoices& c, const QString& noneText, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    if (!noneText.isEmpty()) {
        combo->addItem(noneText, QString());
    }
    for (const auto& [code, description] : c.reasons) {
        combo->addItem(QCoreApplication::translate("uplift::app::DiscountChoices", "%1 — %2")
                           .arg(code, description),
                       code);
    }
    return combo;
}

SkuPicker::SkuPicker(const QList<QPair<QString, QString>>& skus, QWidget* parent)
    : QWidget(parent), filter_(new QLineEdit(this)), list_(new QListWidget(this)) {
    filter_->setObjectName(QStringLiteral("skuFilterEdit"));
    filter_->setPlaceholderText(tr("Find a sku"));
    filter_->setClearButtonEnabled(true);
    list_->setObjectName(QStringLiteral("skuList"));
    list_->setUniformItemSizes(true);
    for (const auto& [sku, name] : skus) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(sku, name), list_);
        item->setData(Qt::UserRole, sku);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    list_->setMinimumHeight(list_->fontMetrics().height() * 7);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(filter_);
    layout->addWidget(list_, 1);
    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < list_->count(); ++i) {
            QListWidgetItem* item = list_->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(list_, &QListWidget::itemChanged, this, &SkuPicker::changed);
}

QStringList SkuPicker::checked() const {
    QStringList out;
    for (int i = 0; i < list_->count(); ++i) {
        if (list_->item(i)->checkState() == Qt::Checked) {
            out << list_->item(i)->data(Qt::UserRole).toString();
        }
    }
    return out;
}

void SkuPicker::setChecked(const QStringList& skus) {
    const QSignalBlocker block(list_);
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        item->setCheckState(skus.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
    emit changed();
}

}  // namespace uplift::app
