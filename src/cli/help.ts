export const HELP = `pgs — Piano Generale di Supporto dalla riga di comando

Uso:
  pgs inspect FILE.docx [--json]
      Mostra il piano contenuto nel documento e i suoi problemi.
      --json      stampa il piano in JSON (campi per tag, problemi, versioni)
      Uscita: 0 piano senza problemi, 1 piano con problemi, 2 file non leggibile o uso errato.

  pgs export FILE.docx|CARTELLA... [--csv OUT.csv] [--wide] [--json OUT.json] [--xlsx OUT.xlsx] [--separator ;]
      Legge molti piani in una sola tabella, una riga per scuola × campo
      (file, codice meccanografico, tag, campo, valore).
      Una cartella vale per tutti i .docx che contiene. I file illeggibili,
      oltre i limiti o non regolari sono elencati alla fine e non fermano gli altri.
      Le celle che inizierebbero una formula (= + - @) sono scritte come testo.
      --csv       scrive la tabella in CSV (UTF-8 con BOM, separatore ";" per Excel italiano)
      --wide      CSV "largo": una riga per scuola e una colonna per tag (per Excel);
                  i piani devono avere gli stessi anni scolastici del primo
      --json      scrive un array JSON, un oggetto per piano
      --xlsx      scrive una cartella di lavoro Excel: un foglio per parte (anagrafica, livelli,
                  mesi, alunni, versioni, file non letti), una riga per scuola, numeri e date
                  come tali, intestazione bloccata e filtro automatico
      --separator separatore del CSV, un carattere (predefinito ";")
      Uscita: 0 tutti letti, 1 qualche file non letto, 2 uso errato o file di uscita non scrivibile.

  pgs report FILE.docx|CARTELLA... [--html OUT.html] [--json OUT.json] [--by regione|provincia] [--lang it|en]
      La sintesi nazionale dei piani: scuole per regione o provincia, alunni per indirizzo
      e classe, livelli scelti e mesi pianificati per ogni riga e anno, avvisi, versioni.
      --html      una pagina HTML autonoma (si apre senza rete, si stampa su A4), con grafici
                  e accanto a ognuno la tabella dei suoi numeri
      --json      le stesse cifre in JSON
      --by        raggruppa le scuole per regione (predefinito) o per provincia
      --lang      lingua della pagina: it (predefinito) o en
      Uscita: 0 tutti letti, 1 qualche file non letto, 2 uso errato.

  pgs template [--years 2024/2025,2025/2026,2026/2027] OUT.docx
      Scrive il modello vuoto, per gli anni scolastici ufficiali o per quelli indicati
      (consecutivi).

  pgs --help    questo aiuto

  Uscita 3: errore inatteso (da segnalare, con il file che lo causa).
`;
