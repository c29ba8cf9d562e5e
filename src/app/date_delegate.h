#pragma once
// Date cells: the user's short date format; an empty date reads as an open end.
#include <QStyledItemDelegate>

namespace uplift::app {

class DateDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    // `openText` is shown for a missing date ("since always", "open-ended").
    explicit DateDelegate(QString openText, QObject* parent = nullptr);

    QString displayText(const QVariant& value, const QLocale& locale) const override;

  protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

  private:
    QString openText_;
};

}  // namespace uplift::app
