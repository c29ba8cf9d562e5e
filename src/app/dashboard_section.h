#pragma once
// The Dashboard section (SCREENS "Dashboard (per role)"): a grid of tiles, one per figure the
// core computes for the user's roles (reports/kpis.h), each with a title, a big value and a
// detail line. The figures are computed off the UI thread on their own connection each time
// the section is shown. A tile with a report behind it opens it on a click, Enter or Space.
#include <QFrame>
#include <QFutureWatcher>

#include <optional>
#include <vector>

#include "report_runner.h"
#include "reports/kpis.h"
#include "section_widget.h"

class QGridLayout;
class QLabel;

namespace uplift::app {

class AppSession;

// One tile: focusable when it opens a report.
class DashboardTile : public QFrame {
    Q_OBJECT
  public:
    DashboardTile(const Kpi& kpi, const QString& title, std::optional<ReportKind> report,
                  QWidget* parent = nullptr);

    const Kpi& kpi() const { return kpi_; }
    std::optional<ReportKind> report() const { return report_; }
    QLabel* valueLabel() const { return value_; }
    QLabel* detailLabel() const { return detail_; }

  signals:
    void activated();

  protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

  private:
    Kpi kpi_;
    std::optional<ReportKind> report_;
    QLabel* value_ = nullptr;
    QLabel* detail_ = nullptr;
};

struct DashboardRun {
    std::vector<Kpi> kpis;
    QString error;
};

class DashboardSection : public SectionWidget {
    Q_OBJECT
  public:
    explicit DashboardSection(AppSession& session, QWidget* parent = nullptr);
    // Waits for a running computation: the thread never outlives the section.
    ~DashboardSection() override;

    // Computes the tiles again in the background.
    void reload() override;
    // No table: Edit > Copy copies the tiles as "title<TAB>value<TAB>detail" lines.
    FilteredTableView* tableView() const override { return nullptr; }
    QString selectionAsText() const override;

    const std::vector<DashboardTile*>& tiles() const { return tiles_; }
    DashboardTile* tile(const QString& key) const;
    bool isRunning() const { return running_; }
    bool hasResult() const { return hasResult_; }

    // The report a tile's `report` names ("roi", "unjustified-discounts" ...), if any.
    static std::optional<ReportKind> reportKindOf(const std::string& report);

  signals:
    // A tile asks for the Reports section on this report.
    void reportRequested(uplift::app::ReportKind kind);
    // The tiles show a new computation.
    void refreshed();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void start();
    void done();
    void showTiles(const std::vector<Kpi>& kpis);
    QString titleOf(const Kpi& kpi) const;
    QString detailOf(const Kpi& kpi) const;

    AppSession& session_;
    QGridLayout* grid_ = nullptr;
    QLabel* heading_ = nullptr;
    QLabel* status_ = nullptr;
    std::vector<DashboardTile*> tiles_;
    QFutureWatcher<DashboardRun> watcher_;
    bool running_ = false;
    bool rerun_ = false;
    bool hasResult_ = false;
};

}  // namespace uplift::app
