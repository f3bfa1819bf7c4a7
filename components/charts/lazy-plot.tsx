"use client";
// Recharts is most of a chart page's JavaScript and its hydration is most of the main-thread work
// on a phone (issue #21): each plot is its own chunk, fetched only when its box comes on screen.
// The box is sized by the server-rendered figure around it, so the swap shifts no layout, and the
// figure's accessible table is server-rendered, so nothing a screen reader needs waits for it.
import dynamic from "next/dynamic";
import { startTransition, useEffect, useRef, useState, type ComponentType } from "react";

function PlotPlaceholder() {
  return <div className="h-full w-full animate-pulse rounded-md bg-slate-100" />;
}

const loading = () => <PlotPlaceholder />;
const FunnelPlot = dynamic(() => import("./plots/funnel-plot").then((module) => module.FunnelPlot), { ssr: false, loading });
const RatioTrendPlot = dynamic(() => import("./plots/ratio-trend-plot").then((module) => module.RatioTrendPlot), { ssr: false, loading });
const CompetencyRadarPlot = dynamic(() => import("./plots/competency-radar-plot").then((module) => module.CompetencyRadarPlot), { ssr: false, loading });
const QuarterlyRevenuePlot = dynamic(() => import("./plots/quarterly-revenue-plot").then((module) => module.QuarterlyRevenuePlot), { ssr: false, loading });
const PlanProgressPlot = dynamic(() => import("./plots/plan-progress-plot").then((module) => module.PlanProgressPlot), { ssr: false, loading });
const ScorecardTrendPlot = dynamic(() => import("./plots/scorecard-trend-plot").then((module) => module.ScorecardTrendPlot), { ssr: false, loading });
const ManagerComparisonPlot = dynamic(() => import("./plots/manager-comparison-plot").then((module) => module.ManagerComparisonPlot), { ssr: false, loading });

/**
 * True once the element is on screen. Set as a transition: React renders the plot in slices that
 * yield to the browser, so the plots that come on screen together never block a tap or a scroll
 * for long (Lighthouse's TBT counted their render as one long task: docs/performance.md).
 */
function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          startTransition(() => setNear(true));
          observer.disconnect();
        }
      },
      // On screen, not a screen ahead: a plot below the fold costs nothing until it is scrolled to.
      { rootMargin: "0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, near };
}

function whenNearViewport<P extends object>(Plot: ComponentType<P>) {
  return function LazyPlot(props: P) {
    const { ref, near } = useNearViewport<HTMLDivElement>();
    return (
      <div ref={ref} className="h-full w-full">
        {near ? <Plot {...props} /> : <PlotPlaceholder />}
      </div>
    );
  };
}

export const LazyFunnelPlot = whenNearViewport(FunnelPlot);
export const LazyRatioTrendPlot = whenNearViewport(RatioTrendPlot);
export const LazyCompetencyRadarPlot = whenNearViewport(CompetencyRadarPlot);
export const LazyQuarterlyRevenuePlot = whenNearViewport(QuarterlyRevenuePlot);
export const LazyPlanProgressPlot = whenNearViewport(PlanProgressPlot);
export const LazyScorecardTrendPlot = whenNearViewport(ScorecardTrendPlot);
export const LazyManagerComparisonPlot = whenNearViewport(ManagerComparisonPlot);
