// Generated from src/content/mou-sections.json and mou-sections-suggestions.json by
// `node src/components/mou-outline/generate-data.mjs`. Edit the JSON files, then run that command.
import type { SectionsFile } from './model.js';
import type { SuggestionsFile } from './suggest.js';

export const DEFAULT_SECTIONS: SectionsFile = {
  version: 1,
  sections: [
    {
      id: 'parties',
      level: 'required',
      title: {
        en: 'Who is taking part',
        es: 'Quiénes participan'
      },
      prompt: {
        en: 'Name the two organizations and give the collaboration a short name.',
        es: 'Escriba el nombre de las dos organizaciones y dé un nombre corto a la colaboración.'
      },
      guidance: {
        en: "Use each organization's full public name, as it appears on its letterhead. The short name is what people will call the project.",
        es: 'Use el nombre público completo de cada organización, tal como aparece en sus documentos. El nombre corto es como la gente llamará al proyecto.'
      },
      examples: {
        en: ['Riverside Public Library and Riverside Job Center', 'Homework Help Nights'],
        es: ['Biblioteca Pública de Riverside y Centro de Empleo de Riverside', 'Noches de ayuda con las tareas']
      },
      fields: [
        {
          id: 'library',
          type: 'text',
          role: 'party-a',
          required: true,
          label: {
            en: 'Your organization',
            es: 'Su organización'
          }
        },
        {
          id: 'partner',
          type: 'text',
          role: 'party-b',
          required: true,
          label: {
            en: 'The other organization',
            es: 'La otra organización'
          }
        },
        {
          id: 'project',
          type: 'text',
          role: 'title',
          required: true,
          label: {
            en: 'Short name of the collaboration',
            es: 'Nombre corto de la colaboración'
          }
        }
      ]
    },
    {
      id: 'assets-needs',
      level: 'required',
      twoSided: true,
      title: {
        en: 'What each side brings and needs',
        es: 'Lo que cada parte aporta y necesita'
      },
      prompt: {
        en: 'List what each organization brings to the work and what each hopes to get from it.',
        es: 'Anote lo que cada organización aporta al trabajo y lo que espera obtener de él.'
      },
      guidance: {
        en: 'Think of people, skills, space, equipment, time and contacts. A collaboration works when both sides gain something. One item per line.',
        es: 'Piense en personas, conocimientos, espacios, equipos, tiempo y contactos. Una colaboración funciona cuando las dos partes ganan algo. Un elemento por línea.'
      },
      examples: {
        en: ['Brings: a computer lab open on weekday evenings', 'Needs: volunteers who speak Spanish'],
        es: ['Aporta: una sala de computadoras abierta por las tardes', 'Necesita: voluntarios que hablen español']
      },
      fields: [
        {
          id: 'brings',
          type: 'list',
          role: 'assets',
          required: true,
          label: {
            en: 'What it brings',
            es: 'Lo que aporta'
          }
        },
        {
          id: 'needs',
          type: 'list',
          role: 'needs',
          label: {
            en: 'What it needs',
            es: 'Lo que necesita'
          }
        }
      ]
    },
    {
      id: 'audiences',
      level: 'required',
      title: {
        en: 'Who it is for',
        es: 'A quién va dirigido'
      },
      prompt: {
        en: 'Describe the people and groups the collaboration is meant to reach.',
        es: 'Describa a las personas y los grupos a los que quiere llegar la colaboración.'
      },
      guidance: {
        en: 'Be specific: age, neighborhood, language, situation. Say how many people you hope to reach, if you know.',
        es: 'Sea concreto: edad, barrio, idioma, situación. Diga a cuántas personas espera llegar, si lo sabe.'
      },
      examples: {
        en: ['Adults looking for work in the east side neighborhoods, about 200 a year'],
        es: ['Adultos que buscan trabajo en los barrios del este, unas 200 personas al año']
      },
      fields: [
        {
          id: 'audiences',
          type: 'list',
          role: 'audiences',
          required: true,
          label: {
            en: 'People and groups',
            es: 'Personas y grupos'
          }
        }
      ]
    },
    {
      id: 'purpose',
      level: 'required',
      title: {
        en: 'Purpose and goals',
        es: 'Propósito y metas'
      },
      prompt: {
        en: 'Say why you are working together, what you want to achieve and how you will know it worked.',
        es: 'Explique por qué trabajan juntos, qué quieren lograr y cómo sabrán que funcionó.'
      },
      guidance: {
        en: 'Give every goal at least one way to measure it: a number, a date, a survey result. Add anything both sides agree on, such as shared values.',
        es: 'Dé a cada meta al menos una forma de medirla: una cifra, una fecha, el resultado de una encuesta. Añada lo que ambas partes acuerden, como valores compartidos.'
      },
      examples: {
        en: ['Goal: more job seekers get help with online applications', 'Measure: 150 people helped by June'],
        es: [
          'Meta: más personas que buscan trabajo reciben ayuda con solicitudes en línea',
          'Medida: 150 personas atendidas antes de junio'
        ]
      },
      fields: [
        {
          id: 'purpose',
          type: 'textarea',
          role: 'purpose',
          required: true,
          label: {
            en: 'Purpose',
            es: 'Propósito'
          }
        },
        {
          id: 'goals',
          type: 'rows',
          role: 'goals',
          required: true,
          label: {
            en: 'Goals and how to measure them',
            es: 'Metas y cómo medirlas'
          },
          columns: [
            {
              id: 'goal',
              label: {
                en: 'Goal',
                es: 'Meta'
              }
            },
            {
              id: 'measure',
              label: {
                en: 'How you will measure it',
                es: 'Cómo la medirán'
              }
            }
          ]
        },
        {
          id: 'shared',
          type: 'textarea',
          label: {
            en: 'Shared agreements',
            es: 'Acuerdos compartidos'
          }
        }
      ]
    },
    {
      id: 'resources',
      level: 'recommended',
      twoSided: true,
      title: {
        en: 'Resources and equipment',
        es: 'Recursos y equipos'
      },
      prompt: {
        en: 'List the space, equipment, materials and staff time each side will provide.',
        es: 'Anote el espacio, los equipos, los materiales y el tiempo de personal que aportará cada parte.'
      },
      guidance: {
        en: 'Say who owns each thing and who looks after it. Equipment lent by one side stays theirs unless you write otherwise.',
        es: 'Diga de quién es cada cosa y quién la cuida. Los equipos que presta una parte siguen siendo suyos, salvo que se indique otra cosa.'
      },
      examples: {
        en: ['Six laptops, kept and updated by the library', 'Two trainers, four hours a week'],
        es: [
          'Seis computadoras portátiles, guardadas y actualizadas por la biblioteca',
          'Dos instructores, cuatro horas por semana'
        ]
      },
      fields: [
        {
          id: 'provides',
          type: 'list',
          required: true,
          label: {
            en: 'What it provides',
            es: 'Lo que proporciona'
          }
        }
      ]
    },
    {
      id: 'roles',
      level: 'required',
      twoSided: true,
      title: {
        en: 'Roles and responsibilities',
        es: 'Funciones y responsabilidades'
      },
      prompt: {
        en: 'Write down who does what, for each organization.',
        es: 'Escriba quién hace qué, en cada organización.'
      },
      guidance: {
        en: 'Use verbs: books the room, trains volunteers, answers questions from the public. Name a role rather than a person where people may change.',
        es: 'Use verbos: reserva la sala, forma a los voluntarios, responde al público. Indique un puesto en lugar de una persona si la gente puede cambiar.'
      },
      examples: {
        en: ['Library: books the lab and promotes the sessions', 'Job center: sends a trained coach each week'],
        es: ['Biblioteca: reserva la sala y anuncia las sesiones', 'Centro de empleo: envía un orientador cada semana']
      },
      fields: [
        {
          id: 'does',
          type: 'list',
          required: true,
          label: {
            en: 'What it will do',
            es: 'Lo que hará'
          }
        }
      ]
    },
    {
      id: 'timeline',
      level: 'required',
      title: {
        en: 'Dates and milestones',
        es: 'Fechas y etapas'
      },
      prompt: {
        en: 'Set the start and end of the collaboration and the main steps along the way.',
        es: 'Fije el inicio y el final de la colaboración y los pasos principales por el camino.'
      },
      guidance: {
        en: 'Every milestone should fall between the start and the end. Add the date by which you will decide whether to continue.',
        es: 'Cada etapa debe caer entre el inicio y el final. Añada la fecha en que decidirán si continúan.'
      },
      examples: {
        en: ['First session: 2 September', 'Halfway check-in: 15 January'],
        es: ['Primera sesión: 2 de septiembre', 'Revisión a mitad de camino: 15 de enero']
      },
      fields: [
        {
          id: 'start',
          type: 'date',
          role: 'start-date',
          required: true,
          label: {
            en: 'Start date',
            es: 'Fecha de inicio'
          }
        },
        {
          id: 'end',
          type: 'date',
          role: 'end-date',
          required: true,
          label: {
            en: 'End date',
            es: 'Fecha de fin'
          }
        },
        {
          id: 'renewal',
          type: 'date',
          role: 'renewal-date',
          label: {
            en: 'Date to decide whether to continue',
            es: 'Fecha para decidir si continúan'
          }
        },
        {
          id: 'milestones',
          type: 'rows',
          role: 'milestones',
          label: {
            en: 'Milestones',
            es: 'Etapas'
          },
          columns: [
            {
              id: 'date',
              type: 'date',
              label: {
                en: 'Date',
                es: 'Fecha'
              }
            },
            {
              id: 'what',
              label: {
                en: 'What happens',
                es: 'Qué ocurre'
              }
            },
            {
              id: 'who',
              label: {
                en: 'Who leads it',
                es: 'Quién lo dirige'
              }
            }
          ]
        }
      ]
    },
    {
      id: 'contacts',
      level: 'required',
      title: {
        en: 'Contacts and decisions',
        es: 'Contactos y decisiones'
      },
      prompt: {
        en: 'Name the contact people and explain how decisions are made and approved.',
        es: 'Indique las personas de contacto y explique cómo se toman y aprueban las decisiones.'
      },
      guidance: {
        en: 'Give at least one contact for each organization. Say who can approve changes and how quickly you will answer each other.',
        es: 'Dé al menos un contacto por organización. Diga quién puede aprobar cambios y en cuánto tiempo se responderán.'
      },
      examples: {
        en: [
          'Decisions are made together at the monthly meeting; the two directors approve changes to money or dates.'
        ],
        es: [
          'Las decisiones se toman juntos en la reunión mensual; los dos directores aprueban los cambios de dinero o de fechas.'
        ]
      },
      fields: [
        {
          id: 'people',
          type: 'rows',
          role: 'contacts',
          required: true,
          label: {
            en: 'Contact people',
            es: 'Personas de contacto'
          },
          columns: [
            {
              id: 'name',
              label: {
                en: 'Name',
                es: 'Nombre'
              }
            },
            {
              id: 'organization',
              label: {
                en: 'Organization',
                es: 'Organización'
              }
            },
            {
              id: 'role',
              label: {
                en: 'Role',
                es: 'Cargo'
              }
            },
            {
              id: 'email',
              type: 'email',
              label: {
                en: 'Email',
                es: 'Correo electrónico'
              }
            },
            {
              id: 'phone',
              type: 'tel',
              label: {
                en: 'Phone',
                es: 'Teléfono'
              }
            }
          ]
        },
        {
          id: 'decisions',
          type: 'textarea',
          required: true,
          label: {
            en: 'How decisions are made and approved',
            es: 'Cómo se toman y aprueban las decisiones'
          }
        }
      ]
    },
    {
      id: 'deliverables',
      level: 'recommended',
      title: {
        en: 'What will be delivered',
        es: 'Qué se entregará'
      },
      prompt: {
        en: 'List the things the collaboration will produce: sessions, materials, reports.',
        es: 'Anote lo que producirá la colaboración: sesiones, materiales, informes.'
      },
      guidance: {
        en: 'Say how many and by when, so both sides can see progress.',
        es: 'Diga cuántos y para cuándo, para que las dos partes vean el avance.'
      },
      examples: {
        en: ['30 evening workshops', 'A printed guide to applying for jobs online'],
        es: ['30 talleres por la tarde', 'Una guía impresa para solicitar empleo en línea']
      },
      fields: [
        {
          id: 'deliverables',
          type: 'list',
          required: true,
          label: {
            en: 'Deliverables',
            es: 'Entregas'
          }
        }
      ]
    },
    {
      id: 'ending',
      level: 'required',
      title: {
        en: 'If it does not work out',
        es: 'Si no funciona'
      },
      prompt: {
        en: 'Explain how either side can end the collaboration and what happens next.',
        es: 'Explique cómo puede cualquiera de las partes terminar la colaboración y qué pasa después.'
      },
      guidance: {
        en: 'Say how much notice to give, in writing, and what happens to shared equipment, materials and money.',
        es: 'Diga con cuánta antelación avisar, por escrito, y qué pasa con los equipos, materiales y dinero compartidos.'
      },
      examples: {
        en: ["Either side may end this with 30 days' written notice. Each side takes back what it lent."],
        es: [
          'Cualquiera de las partes puede terminar con un aviso por escrito de 30 días. Cada parte recupera lo que prestó.'
        ]
      },
      fields: [
        {
          id: 'notice-days',
          type: 'number',
          role: 'notice-days',
          label: {
            en: 'Days of notice',
            es: 'Días de aviso'
          }
        },
        {
          id: 'how',
          type: 'textarea',
          required: true,
          label: {
            en: 'How to end it and what happens next',
            es: 'Cómo terminar y qué pasa después'
          }
        }
      ]
    },
    {
      id: 'evaluation',
      level: 'recommended',
      title: {
        en: 'Records and evaluation',
        es: 'Registros y evaluación'
      },
      prompt: {
        en: 'Decide what success looks like, what you will record, and who collects it.',
        es: 'Decida cómo es el éxito, qué van a registrar y quién lo recoge.'
      },
      guidance: {
        en: 'Plan the evaluation before the date you decide whether to continue, and before the last day to give notice.',
        es: 'Haga la evaluación antes de la fecha en que deciden si continúan y antes del último día para avisar.'
      },
      examples: {
        en: ["Sign-in sheets at each session, a short survey in May, collected by the library's outreach lead"],
        es: [
          'Hojas de asistencia en cada sesión y una encuesta breve en mayo, que recoge la responsable de extensión de la biblioteca'
        ]
      },
      fields: [
        {
          id: 'success',
          type: 'textarea',
          required: true,
          label: {
            en: 'What success looks like',
            es: 'Cómo es el éxito'
          }
        },
        {
          id: 'records',
          type: 'textarea',
          label: {
            en: 'What you will record, and who collects it',
            es: 'Qué registrarán y quién lo recoge'
          }
        },
        {
          id: 'date',
          type: 'date',
          role: 'evaluation-date',
          label: {
            en: 'Evaluation date',
            es: 'Fecha de la evaluación'
          }
        }
      ]
    },
    {
      id: 'budget',
      level: 'recommended',
      twoSided: true,
      title: {
        en: 'Budget and funding',
        es: 'Presupuesto y financiación'
      },
      prompt: {
        en: 'Write down what each side pays for or gives in kind, and where the money comes from.',
        es: 'Anote lo que cada parte paga o aporta en especie, y de dónde sale el dinero.'
      },
      guidance: {
        en: 'Include staff time and donated items as well as money. If money will pass from one organization to the other, have the agreement checked by whoever reviews contracts for you.',
        es: 'Incluya el tiempo del personal y lo donado, además del dinero. Si una organización pasará dinero a la otra, pida que revise el acuerdo quien revise sus contratos.'
      },
      examples: {
        en: ['Library: printing, about $300', "Job center: coach's time, paid from its state grant"],
        es: [
          'Biblioteca: impresión, unos 300 $',
          'Centro de empleo: el tiempo del orientador, pagado con su subvención estatal'
        ]
      },
      fields: [
        {
          id: 'covers',
          type: 'list',
          role: 'budget',
          required: true,
          label: {
            en: 'What it pays for or gives',
            es: 'Lo que paga o aporta'
          }
        },
        {
          id: 'money',
          type: 'choice',
          role: 'money',
          oneSided: true,
          label: {
            en: 'Will money pass from one organization to the other?',
            es: '¿Pasará dinero de una organización a la otra?'
          },
          options: [
            {
              value: 'no',
              label: {
                en: 'No',
                es: 'No'
              }
            },
            {
              value: 'yes',
              label: {
                en: 'Yes',
                es: 'Sí'
              }
            }
          ]
        }
      ]
    },
    {
      id: 'marketing',
      level: 'optional',
      twoSided: true,
      title: {
        en: 'Getting the word out',
        es: 'Dar a conocer el proyecto'
      },
      prompt: {
        en: 'Say how each side will tell people about the collaboration.',
        es: 'Diga cómo dará a conocer cada parte la colaboración.'
      },
      guidance: {
        en: 'Agree on how names and logos appear, and who approves what is published.',
        es: 'Acuerden cómo aparecen los nombres y logotipos, y quién aprueba lo que se publica.'
      },
      examples: {
        en: ['Library: posters in all branches and a newsletter story', 'Job center: flyers to its clients'],
        es: [
          'Biblioteca: carteles en todas las sucursales y una nota en el boletín',
          'Centro de empleo: folletos para sus clientes'
        ]
      },
      fields: [
        {
          id: 'channels',
          type: 'list',
          required: true,
          label: {
            en: 'How it will spread the word',
            es: 'Cómo lo dará a conocer'
          }
        }
      ]
    },
    {
      id: 'statement',
      level: 'required',
      kind: 'statement',
      title: {
        en: 'Not a contract',
        es: 'No es un contrato'
      },
      prompt: {
        en: 'Both sides confirm that this memorandum records shared intentions and is not a legal contract.',
        es: 'Las dos partes confirman que este memorando recoge intenciones compartidas y no es un contrato legal.'
      },
      guidance: {
        en: 'You may change the wording, but keep its meaning. If you need promises that a court could enforce, write a contract instead, with advice.',
        es: 'Puede cambiar la redacción, pero mantenga su sentido. Si necesita compromisos que un tribunal pueda exigir, redacte un contrato, con asesoramiento.'
      },
      fields: [
        {
          id: 'text',
          type: 'textarea',
          required: true,
          label: {
            en: 'Statement',
            es: 'Declaración'
          },
          default: {
            en: 'This memorandum of understanding describes how the organizations intend to work together. It is not a contract and creates no legal obligations. Each organization remains responsible for its own staff, property and actions.',
            es: 'Este memorando de entendimiento describe cómo las organizaciones piensan trabajar juntas. No es un contrato y no crea obligaciones legales. Cada organización sigue siendo responsable de su propio personal, bienes y actos.'
          }
        },
        {
          id: 'agreed',
          type: 'confirm',
          required: true,
          label: {
            en: 'Both organizations agree with this statement',
            es: 'Las dos organizaciones están de acuerdo con esta declaración'
          }
        }
      ]
    },
    {
      id: 'changes',
      level: 'recommended',
      title: {
        en: 'Making changes',
        es: 'Cómo hacer cambios'
      },
      prompt: {
        en: 'Say how this memorandum can be changed once it is signed.',
        es: 'Diga cómo se puede cambiar este memorando una vez firmado.'
      },
      guidance: {
        en: 'Changes are usually written down, dated and agreed by both contact people or both directors.',
        es: 'Los cambios suelen ponerse por escrito, con fecha, y los aprueban las dos personas de contacto o los dos directores.'
      },
      fields: [
        {
          id: 'how',
          type: 'textarea',
          required: true,
          label: {
            en: 'How changes are made',
            es: 'Cómo se hacen los cambios'
          },
          default: {
            en: 'Either organization may suggest a change. A change takes effect when both organizations agree to it in writing.',
            es: 'Cualquiera de las organizaciones puede proponer un cambio. Un cambio entra en vigor cuando las dos lo aceptan por escrito.'
          }
        }
      ]
    },
    {
      id: 'signatures',
      level: 'required',
      kind: 'signatures',
      twoSided: true,
      title: {
        en: 'Signatures',
        es: 'Firmas'
      },
      prompt: {
        en: 'Who will sign for each organization?',
        es: '¿Quién firmará por cada organización?'
      },
      guidance: {
        en: 'The people who sign should be allowed to speak for their organization, such as a director or board chair. The printed copy has lines to sign and date.',
        es: 'Quienes firmen deben poder hablar en nombre de su organización, como un director o la presidencia de la junta. La copia impresa tiene líneas para firmar y fechar.'
      },
      fields: [
        {
          id: 'name',
          type: 'text',
          required: true,
          label: {
            en: 'Name',
            es: 'Nombre'
          }
        },
        {
          id: 'title',
          type: 'text',
          required: true,
          label: {
            en: 'Job title',
            es: 'Cargo'
          }
        }
      ]
    }
  ]
};

export const SUGGESTIONS: SuggestionsFile = {
  version: 1,
  categories: {
    business: {
      brings: {
        en: ['sponsorship and prizes', 'mentors and guest speakers'],
        es: ['patrocinio y premios', 'mentores y ponentes invitados']
      },
      needs: {
        en: ['visibility in the community', 'a trained local workforce'],
        es: ['visibilidad en la comunidad', 'trabajadores locales con formación']
      },
      audiences: {
        en: ['job seekers', 'small business owners'],
        es: ['personas que buscan trabajo', 'dueños de pequeños negocios']
      }
    },
    'community-services': {
      brings: {
        en: ['volunteers', 'links to people the library rarely reaches'],
        es: ['voluntarios', 'contacto con personas a las que la biblioteca rara vez llega']
      },
      needs: {
        en: ['meeting space', 'a way to reach more residents'],
        es: ['espacio para reuniones', 'una forma de llegar a más vecinos']
      },
      audiences: {
        en: ['neighborhood residents', 'members of local clubs'],
        es: ['vecinos del barrio', 'miembros de clubes locales']
      }
    },
    cultural: {
      brings: {
        en: ['performers and artists', 'exhibitions and programs'],
        es: ['artistas e intérpretes', 'exposiciones y programas']
      },
      needs: {
        en: ['audiences', 'space to show or perform'],
        es: ['público', 'espacio para exponer o actuar']
      },
      audiences: {
        en: ['families', 'arts lovers of all ages'],
        es: ['familias', 'aficionados al arte de todas las edades']
      }
    },
    educational: {
      brings: {
        en: ['teachers and tutors', 'students who can volunteer'],
        es: ['maestros y tutores', 'estudiantes que pueden ser voluntarios']
      },
      needs: {
        en: ['homework help after school hours', 'research resources'],
        es: ['ayuda con las tareas después de clase', 'recursos para investigar']
      },
      audiences: {
        en: ['students and their families', 'adult learners'],
        es: ['estudiantes y sus familias', 'adultos que estudian']
      }
    },
    ethnic: {
      brings: {
        en: ['trusted links to their communities', 'interpreters and translated materials'],
        es: ['contacto de confianza con sus comunidades', 'intérpretes y materiales traducidos']
      },
      needs: {
        en: ['English classes', 'citizenship and job information'],
        es: ['clases de inglés', 'información sobre ciudadanía y empleo']
      },
      audiences: {
        en: ['recent immigrants', 'speakers of other languages'],
        es: ['inmigrantes recientes', 'hablantes de otros idiomas']
      }
    },
    'family-services': {
      brings: {
        en: ['case workers who know local needs', 'parenting programs'],
        es: ['trabajadores sociales que conocen las necesidades locales', 'programas para madres y padres']
      },
      needs: {
        en: ['a friendly place to meet families', 'internet access for clients'],
        es: ['un lugar acogedor para reunirse con familias', 'acceso a internet para sus clientes']
      },
      audiences: {
        en: ['parents and caregivers', 'young children'],
        es: ['madres, padres y cuidadores', 'niños pequeños']
      }
    },
    financial: {
      brings: {
        en: ['money-skills workshops', 'volunteer experts'],
        es: ['talleres sobre manejo del dinero', 'expertos voluntarios']
      },
      needs: {
        en: ['a trusted, neutral place to teach', 'audiences for financial education'],
        es: ['un lugar neutral y de confianza para enseñar', 'público para la educación financiera']
      },
      audiences: {
        en: ['adults planning a budget', 'older adults'],
        es: ['adultos que planifican su presupuesto', 'personas mayores']
      }
    },
    government: {
      brings: {
        en: ['funding and policy support', 'public data'],
        es: ['financiación y apoyo a políticas', 'datos públicos']
      },
      needs: {
        en: ['a way to reach residents', 'places to hold public meetings'],
        es: ['una forma de llegar a los vecinos', 'lugares para reuniones públicas']
      },
      audiences: {
        en: ['all residents', 'people using public services online'],
        es: ['todos los vecinos', 'personas que usan servicios públicos en línea']
      }
    },
    health: {
      brings: {
        en: ['health experts and screenings', 'reliable health information'],
        es: ['expertos en salud y pruebas de detección', 'información de salud fiable']
      },
      needs: {
        en: ['places to reach people who avoid clinics', 'help finding health information online'],
        es: ['lugares para llegar a quienes evitan las clínicas', 'ayuda para buscar información de salud en línea']
      },
      audiences: {
        en: ['people without a regular doctor', 'older adults'],
        es: ['personas sin médico de cabecera', 'personas mayores']
      }
    },
    legal: {
      brings: {
        en: ['free legal clinics', 'volunteer lawyers'],
        es: ['asesorías legales gratuitas', 'abogados voluntarios']
      },
      needs: {
        en: ['a neutral, private place to meet people', 'help with legal research'],
        es: ['un lugar neutral y privado para atender a la gente', 'ayuda con la investigación legal']
      },
      audiences: {
        en: ['people facing a legal problem', 'tenants'],
        es: ['personas con un problema legal', 'inquilinos']
      }
    },
    libraries: {
      brings: {
        en: ['shared collections and skills', 'joint training'],
        es: ['colecciones y conocimientos compartidos', 'formación conjunta']
      },
      needs: {
        en: ['partners to share costs', 'shared know-how'],
        es: ['socios para compartir gastos', 'conocimientos compartidos']
      },
      audiences: {
        en: ['library users in both areas', 'staff of both libraries'],
        es: ['usuarios de las dos bibliotecas', 'personal de las dos bibliotecas']
      }
    },
    media: {
      brings: {
        en: ['publicity', 'reach into communities'],
        es: ['publicidad', 'llegada a las comunidades']
      },
      needs: {
        en: ['local stories and experts', 'archives and research help'],
        es: ['historias y expertos locales', 'archivos y ayuda para investigar']
      },
      audiences: {
        en: ['local readers and listeners', 'community groups'],
        es: ['lectores y oyentes locales', 'grupos de la comunidad']
      }
    },
    disabilities: {
      brings: {
        en: ['accessibility know-how', 'assistive technology advice'],
        es: ['conocimientos sobre accesibilidad', 'asesoramiento sobre tecnología de apoyo']
      },
      needs: {
        en: ['accessible programs and collections', 'computer access with assistive technology'],
        es: ['programas y colecciones accesibles', 'computadoras con tecnología de apoyo']
      },
      audiences: {
        en: ['people with disabilities', 'their families and carers'],
        es: ['personas con discapacidad', 'sus familias y cuidadores']
      }
    },
    professional: {
      brings: {
        en: ['expert speakers', 'mentoring'],
        es: ['ponentes expertos', 'mentoría']
      },
      needs: {
        en: ['public programs to show their work', 'meeting space'],
        es: ['programas públicos para mostrar su trabajo', 'espacio para reuniones']
      },
      audiences: {
        en: ['people changing careers', 'students'],
        es: ['personas que cambian de profesión', 'estudiantes']
      }
    },
    religious: {
      brings: {
        en: ['volunteers', 'trusted links to families'],
        es: ['voluntarios', 'contacto de confianza con las familias']
      },
      needs: {
        en: ['information for the people they help', 'programs for their members'],
        es: ['información para las personas a las que ayudan', 'programas para sus miembros']
      },
      audiences: {
        en: ['members of faith communities', 'families'],
        es: ['miembros de comunidades religiosas', 'familias']
      }
    },
    seniors: {
      brings: {
        en: ['older volunteers', 'transport for seniors'],
        es: ['voluntarios mayores', 'transporte para personas mayores']
      },
      needs: {
        en: ['computer and phone help for seniors', 'large-print and audio materials'],
        es: ['ayuda con computadoras y teléfonos para mayores', 'materiales en letra grande y en audio']
      },
      audiences: {
        en: ['older adults', 'people who are homebound'],
        es: ['personas mayores', 'personas que no pueden salir de casa']
      }
    },
    technology: {
      brings: {
        en: ['tech support and advice', 'donated or low-cost equipment'],
        es: ['soporte técnico y asesoramiento', 'equipos donados o de bajo costo']
      },
      needs: {
        en: ['places to train people', 'real-world projects for students'],
        es: ['lugares para formar a la gente', 'proyectos reales para estudiantes']
      },
      audiences: {
        en: ['people new to computers', 'job seekers'],
        es: ['personas que empiezan a usar computadoras', 'personas que buscan trabajo']
      }
    },
    youth: {
      brings: {
        en: ['youth leaders', 'young volunteers'],
        es: ['líderes juveniles', 'voluntarios jóvenes']
      },
      needs: {
        en: ['safe after-school space', 'reading and homework help'],
        es: ['un espacio seguro después de clase', 'ayuda con la lectura y las tareas']
      },
      audiences: {
        en: ['children and teens', 'parents'],
        es: ['niños y adolescentes', 'madres y padres']
      }
    },
    womens: {
      brings: {
        en: ['programs for women and girls', 'links to women in need'],
        es: ['programas para mujeres y niñas', 'contacto con mujeres que necesitan ayuda']
      },
      needs: {
        en: ['safe, private access to information', 'meeting space'],
        es: ['acceso seguro y privado a la información', 'espacio para reuniones']
      },
      audiences: {
        en: ['women and girls', 'women returning to work'],
        es: ['mujeres y niñas', 'mujeres que vuelven a trabajar']
      }
    }
  }
};

/** Partner finder category names (lower case) → category id. */
export const CATEGORY_NAMES: Record<string, string> = {
  'businesses, chambers of commerce and economic development groups': 'business',
  'community service groups, associations and clubs': 'community-services',
  'cultural groups': 'cultural',
  'educational organizations': 'educational',
  'ethnic and immigrant community organizations': 'ethnic',
  'family service organizations': 'family-services',
  'financial representatives': 'financial',
  'government and elected representatives': 'government',
  'health organizations': 'health',
  'legal organizations': 'legal',
  'other libraries': 'libraries',
  media: 'media',
  'organizations of and for people with disabilities': 'disabilities',
  'professional groups': 'professional',
  'religious groups and organizations': 'religious',
  'senior centers and services': 'seniors',
  'technology experts': 'technology',
  'youth service organizations': 'youth',
  "women's centers and services": 'womens'
};
