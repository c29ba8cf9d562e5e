#pragma once
// The Dashboard section (SCREENS "Dashboard (per role)"): a grid of tiles, one per figure the
// core computes for the user's roles (reports/kpis.h), each with a title, a big value, its
// change against a year earlier (▲/▼, green when favourable, red when not), a detail line and
// a 12-month sparkline; below them the roles' charts. The figures are computed off the UI
// thread on their own connection each time the section is shown. A tile opens the report behind
// it, already filtered, on a click, Enter or Space; a chart's bar opens the report behind it.
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
class DashboardChartView;
class SparklineWidget;

// One tile: focusable when it opens a report.
class DashboardTile : public QFrame {
    Q_OBJECT
  public:
    DashboardTile(const Kpi& kpi, const QString& title, std::optional<ReportRequest> report,
                  QWidget* parent = nullptr);

    const Kpi& kpi() const { return kpi_; }
    // The value as shown: money in the user's locale, other figures as the core prints them.
    static QString displayedValue(const Kpi& kpi);
    const std::optional<ReportRequest>& report() const { return report_; }
    QLabel* valueLabel() const { return value_; }
    QLabel* changeLabel() const { return change_; }
    QLabel* detailLabel() const { return detail_; }
    SparklineWidget* sparkline() const { return sparkline_; }

  signals:
    void activated();

  protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

  private:
    Kpi kpi_;
    std::optional<ReportRequest> report_;
    QLabel* value_ = nullptr;
    QLabel* change_ = nullptr;
    QLabel* detail_ = nullptr;
    SparklineWidget* sparkline_ = nullptr;
};

struct DashboardRun {
    Dashboard dashboard;
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
    const std::vector<DashboardChartView*>& charts() const { return charts_; }
    DashboardChartView* chart(const QString& key) const;
    bool isRunning() const { return running_; }
    bool hasResult() const { return hasResult_; }

  signals:
    // A tile or a chart's bar asks for the Reports section on this report and its filters.
    void reportRequested(const uplift::app::ReportRequest& request);
    // The tiles show a new computation.
    void refreshed();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void start();
    void done();
    void showTiles(const std::vector<Kpi>& kpis);
    void showCharts(const std::vector<DashboardChart>& charts);
    QString titleOf(const Kpi& kpi) const;
    QString detailOf(const Kpi& kpi) const;
    QString changeOf(const Kpi& kpi) const;
    QString chartTitleOf(const DashboardChart& chart) const;

    AppSession& session_;
    QGridLayout* grid_ = nullptr;
    QGridLayout* chartGrid_ = nullptr;
    QLabel* heading_ = nullptr;
    QLabel* status_ = nullptr;
    std::vector<DashboardTile*> tiles_;
    std::vector<DashboardChartView*> charts_;
    QFutureWatcher<DashboardRun> watcher_;
    bool running_ = false;
    bool rerun_ = false;
    bool hasResult_ = false;
};

}  // namespace uplift::app
