// Generated from src/content/problem-programs.json by
// `node src/components/problem-report/generate-defaults.mjs`. Do not edit by hand.
import type { PickerConfig, PickerOption } from './payload.js';

export const DEFAULT_PICKERS: PickerConfig = {
  programs: [
    {
      id: 'ils-staff',
      label: 'Library system, staff side (checkouts, holds, patron records)',
      labels: {
        es: 'Sistema de la biblioteca, parte del personal (préstamos, reservas, registros de usuarios)'
      }
    },
    {
      id: 'catalogue',
      label: 'Catalogue that patrons search (OPAC)',
      labels: {
        es: 'Catálogo que consultan los usuarios (OPAC)'
      }
    },
    {
      id: 'self-checkout',
      label: 'Self-checkout machine',
      labels: {
        es: 'Máquina de autopréstamo'
      }
    },
    {
      id: 'public-pc',
      label: 'Public computer sign-in or time limits',
      labels: {
        es: 'Inicio de sesión o límite de tiempo en las computadoras públicas'
      }
    },
    {
      id: 'pc-reservation',
      label: 'Computer booking (reservation) system',
      labels: {
        es: 'Sistema para reservar computadoras'
      }
    },
    {
      id: 'print-release',
      label: 'Printing or print release station',
      labels: {
        es: 'Impresión o estación para retirar impresiones'
      }
    },
    {
      id: 'copier-scanner',
      label: 'Copier or scanner',
      labels: {
        es: 'Fotocopiadora o escáner'
      }
    },
    {
      id: 'receipt-printer',
      label: 'Receipt printer or barcode scanner at the desk',
      labels: {
        es: 'Impresora de recibos o lector de códigos de barras del mostrador'
      }
    },
    {
      id: 'browser',
      label: 'Web browser (Edge, Chrome, Firefox)',
      labels: {
        es: 'Navegador web (Edge, Chrome, Firefox)'
      }
    },
    {
      id: 'email',
      label: 'Email or calendar',
      labels: {
        es: 'Correo electrónico o calendario'
      }
    },
    {
      id: 'office',
      label: 'Word, Excel or other office programs',
      labels: {
        es: 'Word, Excel u otros programas de oficina'
      }
    },
    {
      id: 'ebooks',
      label: 'E-books, databases or other online resources',
      labels: {
        es: 'Libros electrónicos, bases de datos u otros recursos en línea'
      }
    },
    {
      id: 'wifi',
      label: 'Wi-Fi for patrons or staff',
      labels: {
        es: 'Wi-Fi para usuarios o personal'
      }
    },
    {
      id: 'phone',
      label: 'Phones or voicemail',
      labels: {
        es: 'Teléfonos o buzón de voz'
      }
    },
    {
      id: 'website',
      label: 'Library website or intranet',
      labels: {
        es: 'Sitio web o intranet de la biblioteca'
      }
    },
    {
      id: 'windows',
      label: 'Windows itself (sign-in, start menu, updates)',
      labels: {
        es: 'Windows (inicio de sesión, menú Inicio, actualizaciones)'
      }
    }
  ],
  tried: [
    {
      id: 'restart-program',
      label: 'Closed the program and opened it again',
      labels: {
        es: 'Cerré el programa y lo volví a abrir'
      }
    },
    {
      id: 'restart-computer',
      label: 'Restarted the computer',
      labels: {
        es: 'Reinicié la computadora'
      }
    },
    {
      id: 'cables-power',
      label: 'Checked cables and power (lights on, plugged in)',
      labels: {
        es: 'Revisé los cables y la corriente (luces encendidas, enchufado)'
      }
    },
    {
      id: 'other-computer',
      label: 'Tried another computer',
      labels: {
        es: 'Probé en otra computadora'
      }
    },
    {
      id: 'other-browser',
      label: 'Tried another browser',
      labels: {
        es: 'Probé con otro navegador'
      }
    },
    {
      id: 'signed-out-in',
      label: 'Signed out and in again',
      labels: {
        es: 'Cerré sesión y volví a entrar'
      }
    },
    {
      id: 'asked-colleague',
      label: 'Asked a colleague to try',
      labels: {
        es: 'Le pedí a un compañero que probara'
      }
    }
  ]
};

/** Library systems a webmaster can add to the program list with the `library-systems` attribute. */
export const LIBRARY_SYSTEMS: PickerOption[] = [
  {
    id: 'sierra',
    label: 'Sierra (library system: checkouts, holds, patrons)',
    labels: {
      es: 'Sierra (sistema de la biblioteca: préstamos, reservas, usuarios)'
    }
  },
  {
    id: 'polaris',
    label: 'Polaris or Leap (library system)',
    labels: {
      es: 'Polaris o Leap (sistema de la biblioteca)'
    }
  },
  {
    id: 'koha',
    label: 'Koha (library system)',
    labels: {
      es: 'Koha (sistema de la biblioteca)'
    }
  },
  {
    id: 'evergreen',
    label: 'Evergreen (library system)',
    labels: {
      es: 'Evergreen (sistema de la biblioteca)'
    }
  },
  {
    id: 'symphony',
    label: 'Symphony or WorkFlows (library system)',
    labels: {
      es: 'Symphony o WorkFlows (sistema de la biblioteca)'
    }
  },
  {
    id: 'alma',
    label: 'Alma (library system)',
    labels: {
      es: 'Alma (sistema de la biblioteca)'
    }
  },
  {
    id: 'envisionware-pc',
    label: 'EnvisionWare PC Reservation (booking the public computers)',
    labels: {
      es: 'EnvisionWare PC Reservation (reserva de las computadoras públicas)'
    }
  },
  {
    id: 'sam',
    label: 'SAM (booking the public computers)',
    labels: {
      es: 'SAM (reserva de las computadoras públicas)'
    }
  },
  {
    id: 'papercut',
    label: 'PaperCut (print release and copy accounts)',
    labels: {
      es: 'PaperCut (retiro de impresiones y cuentas de copias)'
    }
  },
  {
    id: 'pharos',
    label: 'Pharos (print release)',
    labels: {
      es: 'Pharos (retiro de impresiones)'
    }
  },
  {
    id: 'lpt-one',
    label: 'EnvisionWare LPT:One (print release)',
    labels: {
      es: 'EnvisionWare LPT:One (retiro de impresiones)'
    }
  }
];
