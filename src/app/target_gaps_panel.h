#pragma once
// The bottom-up review of the Targets section (SPEC §6): every target whose current value (a
// rep's, typically) differs from its top-down version, side by side with the gap, and the
// manager's decision per row: accept (keep it), reject (restore the top-down value) or edit.
#include <QWidget>

#include <vector>

#include "targets/bottom_up.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace uplift::app {

class AppSession;

class TargetGapsPanel : public QWidget {
    Q_OBJECT
  public:
    explicit TargetGapsPanel(AppSession& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    const std::vector<TargetGap>& gaps() const { return gaps_; }

  public slots:
    void reload();
    // Decide the selected row; false when nothing was decided (no row, refused, cancelled).
    bool acceptSelected();
    bool rejectSelected();
    bool editSelected();

  signals:
    // A decision changed a target: the grid shows stale values.
    void targetsChanged();

  private:
    bool decide(GapDecision decision, std::optional<std::int64_t> units,
                std::optional<std::int64_t> value);
    const TargetGap* selected() const;
    void updateButtons();

    AppSession& session_;
    std::vector<TargetGap> gaps_;
    QLabel* summary_;
    QTableWidget* table_;
    QPushButton* accept_;
    QPushButton* reject_;
    QPushButton* edit_;
};

}  // namespace uplift::app
