"use client";

// The usage page's charts (recharts): spend per day, and spend per person, model, provider and
// project. Dollars become numbers here only to draw; every figure in words stays exact.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { UsageBucket } from "@/lib/views/usage";

const money = (v: number) => `$${v < 1 ? v.toFixed(4) : v.toFixed(2)}`;
const points = (buckets: UsageBucket[]) => buckets.map((b) => ({ key: b.key, usd: Number(b.usd), tokens: b.tokens, unknown: b.unknown }));

export function DailySpendChart({ days }: { days: UsageBucket[] }) {
  return (
    <figure aria-label="Spend per day" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points(days)} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-line, #333)" vertical={false} />
          <XAxis dataKey="key" tickFormatter={(d: string) => d.slice(5)} fontSize={11} />
          <YAxis tickFormatter={money} fontSize={11} width={64} />
          <Tooltip formatter={(v) => money(Number(v))} labelFormatter={(l) => String(l)} />
          <Bar dataKey="usd" name="Spend" fill="var(--color-accent, #6d8cff)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function BreakdownChart({ title, buckets }: { title: string; buckets: UsageBucket[] }) {
  const top = points(buckets.filter((b) => !b.others).slice(0, 8));
  return (
    <figure aria-label={`Spend per ${title}`} className="w-full" style={{ height: 40 + top.length * 28 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={top} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 8 }}>
          <XAxis type="number" tickFormatter={money} fontSize={11} />
          <YAxis type="category" dataKey="key" width={140} fontSize={11} />
          <Tooltip formatter={(v) => money(Number(v))} />
          <Bar dataKey="usd" name="Spend" fill="var(--color-accent, #6d8cff)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
