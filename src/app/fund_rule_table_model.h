#pragma once
// The fund rules of the file, read-only, each as a sentence (adding goes through
// FundRuleDialog; the stored JSON is in the tooltip).
#include <QAbstractTableModel>

#include <vector>

#include "funds/rules.h"

namespace uplift::app {

class AppSession;

class FundRuleTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Name, Sentence, Active, CreatedBy, CreatedAt, ColumnCount };

    explicit FundRuleTableModel(AppSession& session, QObject* parent = nullptr);
    void reload();
    const std::vector<Rule>& rules() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    AppSession& session_;
    std::vector<Rule> rows_;
};

}  // namespace uplift::app
