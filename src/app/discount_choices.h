#pragma once
// What the Discounts section's dialogs offer, read from the core once per dialog: accounts,
// skus, the scopes of a condition, reason codes and promotions. Plus the two pickers the
// dialogs share: an account box that finds as you type, and a checkable sku list with a filter.
#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace uplift::db {
class Connection;
}

namespace uplift::app {

struct DiscountChoices {
    QList<QPair<QString, QString>> accounts;  // code, name
    QList<QPair<QString, QString>> skus;      // sku, name
    QStringList channels;
    QStringList brands;
    QStringList categories;
    QList<QPair<QString, QString>> reasons;  // code, description (active codes only)
    QStringList promotions;                  // codes
    QDate today;
};

// Throws the core's exceptions.
DiscountChoices loadDiscountChoices(db::Connection& conn, const QDate& today);

// An editable combo of "CODE — name" entries that completes on any part of the text; `anyText`
// adds a first entry meaning "no account" (data: empty).
QComboBox* makeAccountCombo(const DiscountChoices& c, const QString& anyText, QWidget* parent);
// Refills such a combo (after the accounts changed), keeping the chosen account, without
// signalling a change.
void fillAccountCombo(QComboBox* combo, const DiscountChoices& c, const QString& anyText);
// The account code chosen in such a combo: the entry's code, or what was typed (trimmed).
QString chosenAccount(const QComboBox* combo);
// Selects the entry of `code` (or shows the code as typed when it is not listed).
void chooseAccount(QComboBox* combo, const QString& code);
// A combo of the reason codes ("TPR — Temporary price reduction"); `noneText` adds "no reason".
QComboBox* makeReasonCombo(const DiscountChoices& c, const QString& noneText, QWidget* parent);

// Skus with check boxes and a filter box above them; none checked means "any" where the caller
// allows it.
class SkuPicker : public QWidget {
    Q_OBJECT
  public:
    SkuPicker(const QList<QPair<QString, QString>>& skus, QWidget* parent = nullptr);

    QStringList checked() const;
    void setChecked(const QStringList& skus);
    QListWidget* list() const { return list_; }
    QLineEdit* filterEdit() const { return filter_; }

  signals:
    void changed();

  private:
    QLineEdit* filter_;
    QListWidget* list_;
};

}  // namespace uplift::app
