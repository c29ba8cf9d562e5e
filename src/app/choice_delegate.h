#pragma once
// A cell edited by choosing from a list (brands, channels, statuses), optionally allowing a new
// value. The list is fetched when the editor opens, so it reflects the file as it is now.
#include <QList>
#include <QStyledItemDelegate>

#include <functional>

namespace uplift::app {

struct Choice {
    QString label;  // what the user reads
    QString value;  // what the model stores
};

class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    using Source = std::function<QList<Choice>()>;
    ChoiceDelegate(Source source, bool allowNew, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

  private:
    Source source_;
    bool allowNew_;
};

}  // namespace uplift::app
