// Generated from src/content/donation-policy*.json by `node src/components/donation-checker/generate-presets.mjs`.
// Edit the JSON files, then run that command. A test checks that the two are equal.
import type { DonationPolicy } from './model.js';

export const PRESETS: Record<'public-access' | 'windows11' | 'baseline', DonationPolicy> = {
  'public-access': {
    schemaVersion: 1,
    id: 'public-access-pc',
    version: '2026.1',
    title: {
      en: 'Donations for our public computers',
      es: 'Donaciones para nuestras computadoras públicas'
    },
    library: 'Your public library',
    intro: {
      en: 'Our public computers are used by hundreds of people a week, so they must be sturdy, fast enough and all alike. We can only take machines that meet every point below.',
      es: 'Cientos de personas usan cada semana nuestras computadoras públicas, así que deben ser resistentes, lo bastante rápidas e iguales entre sí. Solo podemos recibir equipos que cumplan todos los puntos siguientes.'
    },
    deploymentLeadMonths: 3,
    rules: [
      {
        id: 'types',
        kind: 'device-type',
        clause: 'A',
        text: {
          en: 'Desktop computers, all-in-ones and flat-screen monitors only. Laptops and tablets are not suitable for our public area.',
          es: 'Solo computadoras de escritorio, equipos todo en uno y monitores de pantalla plana. Las portátiles y tabletas no son adecuadas para nuestra área pública.'
        },
        severity: 'hard',
        accepted: ['desktop', 'all-in-one', 'monitor-flat']
      },
      {
        id: 'age',
        kind: 'age',
        clause: 'B',
        text: {
          en: 'No more than {maxYears} years old.',
          es: 'No más de {maxYears} años de antigüedad.'
        },
        severity: 'hard',
        maxYears: 4
      },
      {
        id: 'cpu',
        kind: 'cpu',
        clause: 'C',
        text: {
          en: 'A processor with at least {minCores} cores: Intel Core generation {minIntelGeneration} or newer, or AMD Ryzen {minRyzenSeries}000 or newer.',
          es: 'Un procesador de al menos {minCores} núcleos: Intel Core de generación {minIntelGeneration} o posterior, o AMD Ryzen {minRyzenSeries}000 o posterior.'
        },
        severity: 'hard',
        minCores: 4,
        minIntelGeneration: 8,
        minRyzenSeries: 2
      },
      {
        id: 'ram',
        kind: 'ram',
        clause: 'D',
        text: {
          en: 'At least {minGb} GB of memory (RAM).',
          es: 'Al menos {minGb} GB de memoria (RAM).'
        },
        severity: 'hard',
        fixable: true,
        minGb: 8
      },
      {
        id: 'storage',
        kind: 'storage',
        clause: 'E',
        text: {
          en: 'A solid-state drive (SSD) of at least {minGb} GB.',
          es: 'Un disco de estado sólido (SSD) de al menos {minGb} GB.'
        },
        severity: 'hard',
        fixable: true,
        minGb: 256,
        types: ['ssd']
      },
      {
        id: 'tpm',
        kind: 'tpm',
        clause: 'F',
        text: {
          en: 'A security chip (TPM) version 2.0, so we can lock the computer down.',
          es: 'Un chip de seguridad (TPM) versión 2.0, para poder proteger la computadora.'
        },
        severity: 'hard',
        fixable: true
      },
      {
        id: 'os',
        kind: 'os',
        clause: 'G',
        text: {
          en: 'Windows or Linux with at least {minMonths} months of security updates left when it goes out to the public. We reinstall every public computer, so a computer without a system is fine.',
          es: 'Windows o Linux con al menos {minMonths} meses de actualizaciones de seguridad cuando se ponga al servicio del público. Reinstalamos todas las computadoras públicas, así que una computadora sin sistema también sirve.'
        },
        severity: 'hard',
        fixable: true,
        families: ['windows', 'linux', 'none'],
        minMonths: 24
      },
      {
        id: 'licence',
        kind: 'licence',
        clause: 'H',
        text: {
          en: 'Windows computers must come with their licence.',
          es: 'Las computadoras con Windows deben traer su licencia.'
        },
        severity: 'soft'
      },
      {
        id: 'working',
        kind: 'working',
        clause: 'I',
        text: {
          en: 'It must switch on and work, with no damage to the case or screen.',
          es: 'Debe encender y funcionar, sin daños en la carcasa ni en la pantalla.'
        },
        severity: 'hard'
      },
      {
        id: 'complete',
        kind: 'complete',
        clause: 'J',
        text: {
          en: 'It must come with its power cable.',
          es: 'Debe traer su cable de corriente.'
        },
        severity: 'hard'
      },
      {
        id: 'data',
        kind: 'data-wiping',
        clause: 'K',
        text: {
          en: 'Your files must be removed. We wipe every drive again before use.',
          es: 'Sus archivos deben borrarse. Volvemos a borrar todos los discos antes de usarlos.'
        },
        severity: 'hard',
        fixable: true,
        accepted: ['certificate', 'wiped', 'drive-removed', 'please-wipe']
      }
    ],
    referrals: [
      {
        name: "Our county's electronics recycling day",
        detail: {
          en: 'Takes old computers, monitors of every kind and printers, and recycles them safely.',
          es: 'Recibe computadoras viejas, monitores de todo tipo e impresoras, y los recicla de forma segura.'
        }
      },
      {
        name: 'A computer refurbisher near you',
        detail: {
          en: 'Refurbishers repair older machines and pass them on to families and charities. Ask us for the one we work with.',
          es: 'Los talleres de reacondicionamiento reparan equipos antiguos y los entregan a familias y organizaciones. Pregúntenos con cuál trabajamos.'
        }
      },
      {
        name: "The maker's take-back program",
        detail: {
          en: 'Most computer makers take back their own equipment for free, by mail or in store.',
          es: 'La mayoría de los fabricantes recogen sus propios equipos gratis, por correo o en tienda.'
        }
      }
    ]
  },
  windows11: {
    schemaVersion: 1,
    id: 'windows-11-ready',
    version: '2026.1',
    title: {
      en: 'Computer donations: Windows 11 ready',
      es: 'Donación de computadoras: listas para Windows 11'
    },
    library: 'Your public library',
    intro: {
      en: 'We only take Windows computers that can run Windows 11, so every machine we put out gets security updates. This page lists what that means.',
      es: 'Solo recibimos computadoras con Windows que puedan usar Windows 11, para que todas reciban actualizaciones de seguridad. Esta página explica lo que eso significa.'
    },
    deploymentLeadMonths: 2,
    rules: [
      {
        id: 'types',
        kind: 'device-type',
        clause: '1',
        text: {
          en: 'We accept Windows desktop computers, laptops and all-in-ones.',
          es: 'Aceptamos computadoras de escritorio, portátiles y equipos todo en uno con Windows.'
        },
        severity: 'hard',
        accepted: ['desktop', 'laptop', 'all-in-one']
      },
      {
        id: 'age',
        kind: 'age',
        clause: '2',
        text: {
          en: 'Computers must be no more than {maxYears} years old.',
          es: 'Las computadoras no deben tener más de {maxYears} años.'
        },
        severity: 'hard',
        maxYears: 5
      },
      {
        id: 'cpu',
        kind: 'cpu',
        clause: '3',
        text: {
          en: "The processor must be on Microsoft's Windows 11 list: an Intel Core of generation {minIntelGeneration} or newer, or an AMD Ryzen {minRyzenSeries}000 or newer, with at least {minCores} cores.",
          es: 'El procesador debe estar en la lista de Windows 11 de Microsoft: un Intel Core de generación {minIntelGeneration} o posterior, o un AMD Ryzen {minRyzenSeries}000 o posterior, con al menos {minCores} núcleos.'
        },
        severity: 'hard',
        minCores: 2,
        minIntelGeneration: 8,
        minRyzenSeries: 2,
        acceptAppleSilicon: false
      },
      {
        id: 'tpm',
        kind: 'tpm',
        clause: '4',
        text: {
          en: 'The computer must have a security chip (TPM) version 2.0. If it is switched off, our staff can switch it on.',
          es: 'La computadora debe tener un chip de seguridad (TPM) versión 2.0. Si está desactivado, nuestro personal puede activarlo.'
        },
        severity: 'hard',
        fixable: true
      },
      {
        id: 'ram',
        kind: 'ram',
        clause: '5',
        text: {
          en: 'At least {minGb} GB of memory (RAM). Our staff can add memory to many desktops.',
          es: 'Al menos {minGb} GB de memoria (RAM). Nuestro personal puede añadir memoria a muchas computadoras de escritorio.'
        },
        severity: 'hard',
        fixable: true,
        minGb: 8
      },
      {
        id: 'storage',
        kind: 'storage',
        clause: '6',
        text: {
          en: 'A solid-state drive (SSD) of at least {minGb} GB.',
          es: 'Un disco de estado sólido (SSD) de al menos {minGb} GB.'
        },
        severity: 'hard',
        fixable: true,
        minGb: 256,
        types: ['ssd']
      },
      {
        id: 'os',
        kind: 'os',
        clause: '7',
        text: {
          en: 'Windows with at least {minMonths} months of security updates left when we put it into use. A Windows 10 computer that meets clauses 3 and 4 can be moved to Windows 11 by our staff.',
          es: 'Windows con al menos {minMonths} meses de actualizaciones de seguridad cuando empecemos a usarla. Si una computadora con Windows 10 cumple las cláusulas 3 y 4, nuestro personal puede pasarla a Windows 11.'
        },
        severity: 'hard',
        fixable: true,
        families: ['windows', 'none'],
        minMonths: 24
      },
      {
        id: 'licence',
        kind: 'licence',
        clause: '8',
        text: {
          en: 'It must come with a Windows licence: the certificate sticker, or Windows showing as activated.',
          es: 'Debe traer una licencia de Windows: la etiqueta del certificado, o Windows debe aparecer como activado.'
        },
        severity: 'hard'
      },
      {
        id: 'recovery',
        kind: 'recovery-media',
        clause: '9',
        text: {
          en: 'Recovery discs or a recovery USB stick are welcome. If there are none, our staff will make one.',
          es: 'Los discos o la memoria USB de recuperación son bienvenidos. Si no los hay, nuestro personal los creará.'
        },
        severity: 'soft',
        fixable: true
      },
      {
        id: 'working',
        kind: 'working',
        clause: '10',
        text: {
          en: 'It must switch on and work.',
          es: 'Debe encender y funcionar.'
        },
        severity: 'hard'
      },
      {
        id: 'complete',
        kind: 'complete',
        clause: '11',
        text: {
          en: 'It must come with its power cable or charger.',
          es: 'Debe traer su cable de corriente o su cargador.'
        },
        severity: 'hard'
      },
      {
        id: 'data',
        kind: 'data-wiping',
        clause: '12',
        text: {
          en: 'Your files must be removed: wipe the drive, bring a wiping certificate, or ask us to wipe it.',
          es: 'Sus archivos deben borrarse: borre el disco, traiga un certificado de borrado o pídanos que lo borremos.'
        },
        severity: 'hard',
        fixable: true,
        accepted: ['certificate', 'wiped', 'please-wipe']
      }
    ],
    referrals: [
      {
        name: "Our county's electronics recycling day",
        detail: {
          en: 'Takes old computers, monitors of every kind and printers, and recycles them safely.',
          es: 'Recibe computadoras viejas, monitores de todo tipo e impresoras, y los recicla de forma segura.'
        }
      },
      {
        name: 'A computer refurbisher near you',
        detail: {
          en: 'Refurbishers repair older machines and pass them on to families and charities. Ask us for the one we work with.',
          es: 'Los talleres de reacondicionamiento reparan equipos antiguos y los entregan a familias y organizaciones. Pregúntenos con cuál trabajamos.'
        }
      },
      {
        name: "The maker's take-back program",
        detail: {
          en: 'Most computer makers take back their own equipment for free, by mail or in store.',
          es: 'La mayoría de los fabricantes recogen sus propios equipos gratis, por correo o en tienda.'
        }
      }
    ]
  },
  baseline: {
    schemaVersion: 1,
    id: 'baseline-public-library',
    version: '2026.1',
    title: {
      en: 'Computer donations: what we accept',
      es: 'Donación de computadoras: lo que aceptamos'
    },
    library: 'Your public library',
    intro: {
      en: 'Thank you for thinking of the library. Donated computers must be recent, complete and safe to use, because an old or mismatched machine can cost us more to repair and support than it saves. This page lists what we can accept.',
      es: 'Gracias por pensar en la biblioteca. Las computadoras donadas deben ser recientes, estar completas y ser seguras, porque un equipo viejo o diferente a los demás nos puede costar más en reparaciones y soporte de lo que ahorra. Esta página explica lo que podemos aceptar.'
    },
    deploymentLeadMonths: 2,
    rules: [
      {
        id: 'types',
        kind: 'device-type',
        clause: '1.1',
        text: {
          en: 'We accept desktop and laptop computers, all-in-ones, Chromebooks, flat-screen monitors, and keyboards and mice. We cannot take tube (CRT) monitors, inkjet printers or other equipment.',
          es: 'Aceptamos computadoras de escritorio y portátiles, equipos todo en uno, Chromebooks, monitores de pantalla plana, teclados y ratones. No podemos recibir monitores de tubo (CRT), impresoras de inyección de tinta ni otros equipos.'
        },
        severity: 'hard',
        accepted: ['desktop', 'laptop', 'all-in-one', 'chromebook', 'monitor-flat', 'keyboard-mouse']
      },
      {
        id: 'age',
        kind: 'age',
        clause: '1.2',
        text: {
          en: 'Equipment must be no more than {maxYears} years old.',
          es: 'Los equipos no deben tener más de {maxYears} años.'
        },
        severity: 'hard',
        maxYears: 6
      },
      {
        id: 'working',
        kind: 'working',
        clause: '1.3',
        text: {
          en: 'Everything must switch on and work. We cannot repair broken equipment.',
          es: 'Todo debe encender y funcionar. No podemos reparar equipos dañados.'
        },
        severity: 'hard'
      },
      {
        id: 'complete',
        kind: 'complete',
        clause: '1.4',
        text: {
          en: 'Please bring the whole system: the power cable or charger, and for laptops a battery that holds a charge.',
          es: 'Por favor traiga el equipo completo: el cable de corriente o el cargador y, en las portátiles, una batería que mantenga la carga.'
        },
        severity: 'hard'
      },
      {
        id: 'cpu',
        kind: 'cpu',
        clause: '2.1',
        text: {
          en: 'The processor should have at least {minCores} cores: an Intel Core of generation {minIntelGeneration} or newer, any AMD Ryzen, or Apple silicon.',
          es: 'El procesador debe tener al menos {minCores} núcleos: un Intel Core de generación {minIntelGeneration} o posterior, cualquier AMD Ryzen o un chip de Apple.'
        },
        severity: 'soft',
        minCores: 2,
        minIntelGeneration: 6,
        minRyzenSeries: 1
      },
      {
        id: 'ram',
        kind: 'ram',
        clause: '2.2',
        text: {
          en: 'Computers should have at least {minGb} GB of memory (RAM). Our staff can sometimes add more.',
          es: 'Las computadoras deben tener al menos {minGb} GB de memoria (RAM). A veces nuestro personal puede añadir más.'
        },
        severity: 'soft',
        fixable: true,
        minGb: 8
      },
      {
        id: 'storage',
        kind: 'storage',
        clause: '2.3',
        text: {
          en: 'The drive should hold at least {minGb} GB, and should be a solid-state drive (SSD).',
          es: 'El disco debe tener al menos {minGb} GB y debe ser de estado sólido (SSD).'
        },
        severity: 'soft',
        fixable: true,
        minGb: 128,
        types: ['ssd']
      },
      {
        id: 'os',
        kind: 'os',
        clause: '3.1',
        text: {
          en: 'The operating system must keep getting security updates for at least {minMonths} months after we put the computer into use.',
          es: 'El sistema operativo debe seguir recibiendo actualizaciones de seguridad durante al menos {minMonths} meses después de que empecemos a usar la computadora.'
        },
        severity: 'soft',
        fixable: true,
        families: ['windows', 'macos', 'chromeos', 'linux'],
        minMonths: 12
      },
      {
        id: 'licence',
        kind: 'licence',
        clause: '3.2',
        text: {
          en: 'Windows computers must come with their licence: the certificate sticker, or Windows showing as activated.',
          es: 'Las computadoras con Windows deben traer su licencia: la etiqueta del certificado, o Windows debe aparecer como activado.'
        },
        severity: 'soft'
      },
      {
        id: 'recovery',
        kind: 'recovery-media',
        clause: '3.3',
        text: {
          en: 'Please include recovery discs or a recovery USB stick if you have them. If not, we can usually make one.',
          es: 'Si tiene discos o una memoria USB de recuperación, inclúyalos. Si no, normalmente podemos crearlos nosotros.'
        },
        severity: 'soft',
        fixable: true
      },
      {
        id: 'data',
        kind: 'data-wiping',
        clause: '4.1',
        text: {
          en: 'Your files must be removed before we use the computer. You can wipe the drive yourself, bring a wiping certificate, take the drive out, or ask us to wipe it for you.',
          es: 'Sus archivos deben borrarse antes de que usemos la computadora. Puede borrar el disco usted mismo, traer un certificado de borrado, quitar el disco o pedirnos que lo borremos.'
        },
        severity: 'hard',
        fixable: true,
        accepted: ['certificate', 'wiped', 'drive-removed', 'please-wipe']
      }
    ],
    referrals: [
      {
        name: "Our county's electronics recycling day",
        detail: {
          en: 'Takes old computers, monitors of every kind and printers, and recycles them safely.',
          es: 'Recibe computadoras viejas, monitores de todo tipo e impresoras, y los recicla de forma segura.'
        }
      },
      {
        name: 'A computer refurbisher near you',
        detail: {
          en: 'Refurbishers repair older machines and pass them on to families and charities. Ask us for the one we work with.',
          es: 'Los talleres de reacondicionamiento reparan equipos antiguos y los entregan a familias y organizaciones. Pregúntenos con cuál trabajamos.'
        }
      },
      {
        name: "The maker's take-back program",
        detail: {
          en: 'Most computer makers take back their own equipment for free, by mail or in store.',
          es: 'La mayoría de los fabricantes recogen sus propios equipos gratis, por correo o en tienda.'
        }
      }
    ]
  }
};
