#pragma once
// Unjustified discounts (SPEC §5): invoice discounts of the imported actuals that no approved
// promotion or central condition allows, or that exceed what they allow. The scan runs off the
// UI thread on its own connection (it reads every actuals row) with a progress bar and Cancel;
// the result shows by account × reason × month with totals, and a double-click on a group
// lists its rows. The rows export as CSV.
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <vector>

#include "analytics/unjustified_discounts.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace uplift::app {

class AppSession;
class FilteredTableView;
class UnjustifiedGroupModel;
class UnjustifiedRowModel;

struct UnjustifiedScan {
    std::vector<UnjustifiedRow> rows;
    bool cancelled = false;
    QString error;  // the core's message when the scan failed
};

class UnjustifiedPanel : public QWidget {
    Q_OBJECT
  public:
    explicit UnjustifiedPanel(AppSession& session, QWidget* parent = nullptr);
    // Cancels a running scan and waits for it: the thread never outlives the panel.
    ~UnjustifiedPanel() override;

    FilteredTableView* groupView() const { return groups_; }
    FilteredTableView* rowView() const { return rowsView_; }
    UnjustifiedGroupModel* groupModel() const { return groupModel_; }
    UnjustifiedRowModel* rowModel() const { return rowModel_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* exportButton() const { return export_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    QLabel* totalsLabel() const { return totals_; }
    QComboBox* periodCombo() const { return period_; }
    QComboBox* accountCombo() const { return account_; }
    // What the next scan covers: the chosen period (ISO weeks touching it) and account (with
    // the accounts below it).
    UnjustifiedFilter filter() const;
    bool isRunning() const { return running_; }
    bool hasResult() const { return hasResult_; }
    const std::vector<UnjustifiedRow>& rows() const { return all_; }

    // Write the rows shown below (a group's, or all) as CSV, or as the PDF the CLI writes, whole
    // or not at all; false with the reason on failure.
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;

  public slots:
    void start();
    void cancel();
    // Lists the rows of the group on `row` of the group table (a proxy row).
    void drillDown(int row);
    // The file changed (conditions, actuals): the shown result may be out of date.
    void markOutdated();
    // Reads the accounts the account filter offers (when the section loads, not at start-up).
    void reloadChoices();

  signals:
    void finished();

  private:
    void done();
    void chooseExportFile();

    AppSession& session_;
    UnjustifiedGroupModel* groupModel_;
    UnjustifiedRowModel* rowModel_;
    FilteredTableView* groups_;
    FilteredTableView* rowsView_;
    QPushButton* run_;
    QPushButton* cancel_;
    QPushButton* export_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* totals_;
    QLabel* rowsTitle_;
    QComboBox* period_;
    QComboBox* account_ = nullptr;
    QFutureWatcher<UnjustifiedScan> watcher_;
    std::atomic<bool> cancelFlag_{false};
    std::vector<UnjustifiedRow> all_;
    bool running_ = false;
    bool hasResult_ = false;
};

}  // namespace uplift::app
