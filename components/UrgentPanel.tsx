export function UrgentPanel() {
  return (
    <section class="nhsuk-urgent" aria-labelledby="urgent-heading">
      <h2 id="urgent-heading">Immediate danger</h2>
      <p>
        If a child or adult is in immediate danger: <a href="tel:999">Call 999</a>. Text relay: 18000.
      </p>
    </section>
  );
}
