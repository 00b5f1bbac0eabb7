export function DemoBanner() {
  return (
    <div className="demo-banner" role="note">
      <strong>Demo data: fictional providers.</strong> The doctors listed here are invented for demonstration.
      Do not contact them or rely on them.
    </div>
  );
}
