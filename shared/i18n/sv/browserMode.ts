// Swedish lines printed by `npm start` and browser mode.
export const browserModeText = {
  running: (url: string) => `Protokollet körs i webbläsarläge: ${url}`,
  portBusy: (port: number) => `Porten ${port} används redan av ett annat program. Stäng det eller välj en annan port med --port N (--port 0 väljer en ledig).`,
  invalidPort: 'Ange en port mellan 0 och 65535, t.ex. --port 41731.',
  buildingRenderer: 'Bygger användargränssnittet …',
  buildFailed: 'Användargränssnittet kunde inte byggas (se felet ovan).',
  electronMissing: 'Electron finns inte på den här datorn och kunde inte laddas ned – startar i webbläsarläge.',
  electronDownloading: 'Electron saknas – försöker ladda ned det en gång …',
  stopped: 'Protokollet har stängts.',
  usage: `Användning: npm start [-- --browser] [--port N] [--data-dir MAPP] [--no-open]

  --browser        starta i webbläsarläge även om Electron finns
  --port N         port på 127.0.0.1 (standard 41731; 0 väljer en ledig)
  --data-dir MAPP  datamapp (standard: en lokal mapp för appdata)
  --no-open        öppna inte webbläsaren (gäller även när CI är satt)`,
} as const;
