// Swedish messages about the data folder (where the SQLite database lives) and startup failures
// of the desktop app. Shown in an error dialog (Electron) or printed (browser mode, CLI).
const whyLocal =
  'Protokollet sparar databasen med SQLite i WAL-läge. Det kräver att filerna ligger på datorns egen disk: ' +
  'på en nätverksenhet eller i en mapp som synkroniseras med molnet kan databasen skadas eller ändringar gå förlorade.';
const advice =
  'Välj en mapp på datorns egen disk, till exempel standardmappen (starta utan --data-dir). ' +
  'Säkerhetskopior kan du sedan kopiera till nätverket eller molnet.';

export const dataFolderText = {
  whyLocal,
  advice,
  uncPath: (dir: string) => `Datamappen ${dir} ligger på en nätverksdelning (UNC-sökväg). ${whyLocal} ${advice}`,
  cloudFolder: (dir: string, service: string) => `Datamappen ${dir} ligger i en mapp som synkroniseras med ${service}. ${whyLocal} ${advice}`,
  networkMount: (dir: string, fsType: string) => `Datamappen ${dir} ligger på en nätverksenhet (filsystemet ${fsType}). ${whyLocal} ${advice}`,
  notADirectory: (dir: string) => `Datamappen ${dir} finns redan men är en fil, inte en mapp. Välj en annan mapp med --data-dir.`,
  cannotCreate: (dir: string, detail: string) => `Datamappen ${dir} kunde inte skapas: ${detail}`,
  startupErrorTitle: 'Protokollet kan inte starta',
  openFailed: (detail: string) => `Databasen kunde inte öppnas. Inget har ändrats.\n\n${detail}`,
  rendererMissing: (dir: string) => `Användargränssnittet saknas i ${dir}. Bygg programmet med npm run build och starta igen.`,
  missingDataDirValue: 'Ange en mapp efter --data-dir, till exempel --data-dir "C:\\Protokollet-data".',
} as const;
