import type { Metadata } from "next";
import { Toaster } from "sonner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Fresco", template: "%s · Fresco" },
  description: "A team image studio for gpt-image-1-mini",
};

// Applies the saved theme before first paint, so a light-theme user never sees a dark flash.
const themeScript = `try{var t=localStorage.getItem("fresco-theme");if(t)document.documentElement.dataset.theme=t}catch(e){}`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" data-theme="dark" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="font-sans text-base">
        {children}
        <Toaster theme="system" position="bottom-center" richColors />
      </body>
    </html>
  );
}
