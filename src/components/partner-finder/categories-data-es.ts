// Generated from src/content/partner-categories.es.json by `node scripts/generate-directory.mjs --categories`.
// Edit the JSON file, then run that command. Loaded only when the page is in Spanish (chart-words.ts).
import type { ChartWords } from './model.js';

const CATEGORIES_ES: ChartWords = {
  version: 1,
  goals: [
    {
      id: 'literacy',
      label: 'Alfabetización'
    },
    {
      id: 'digital-inclusion',
      label: 'Inclusión digital'
    },
    {
      id: 'job-seekers',
      label: 'Personas que buscan empleo'
    },
    {
      id: 'new-immigrants',
      label: 'Personas recién llegadas al país'
    },
    {
      id: 'health-information',
      label: 'Información de salud'
    },
    {
      id: 'youth',
      label: 'Niños, niñas y jóvenes'
    },
    {
      id: 'older-adults',
      label: 'Personas mayores'
    },
    {
      id: 'small-business',
      label: 'Pequeños negocios'
    },
    {
      id: 'civic-engagement',
      label: 'Participación ciudadana'
    },
    {
      id: 'arts-culture',
      label: 'Arte y cultura'
    },
    {
      id: 'tech-support',
      label: 'Ayuda con la tecnología'
    }
  ],
  categories: [
    {
      id: 'business',
      name: 'Empresas, cámaras de comercio y grupos de desarrollo económico',
      examples: [
        'Empleadores de la zona',
        'Dueños de pequeños negocios',
        'Oficinas de turismo',
        'Cámaras de comercio',
        'Consejos de desarrollo económico',
        'Consejos de la industria',
        'Agentes inmobiliarios',
        'Restaurantes'
      ],
      brings: [
        'patrocinio y premios',
        'mentores y oradores invitados',
        'ofertas de empleo',
        'locales y comida para eventos'
      ],
      needs: [
        'darse a conocer en la comunidad',
        'trabajadores locales con formación',
        'ayuda para investigar sobre su negocio'
      ]
    },
    {
      id: 'community-services',
      name: 'Grupos de servicio a la comunidad, asociaciones y clubes',
      examples: [
        'Organizaciones de alfabetización',
        'YMCA',
        'AARP',
        'AAUW',
        'Cruz Roja Americana',
        'Kiwanis',
        'Club de Leones',
        'Rotary',
        'United Way',
        'Asociaciones de vecinos',
        'Organizaciones que atienden a personas sin hogar',
        'Ejército de Salvación'
      ],
      brings: [
        'voluntarios',
        'pequeñas ayudas económicas',
        'contacto con personas a las que la biblioteca casi nunca llega'
      ],
      needs: ['lugares para reunirse', 'una forma de llegar a más vecinos', 'ayuda para investigar y dar publicidad']
    },
    {
      id: 'cultural',
      name: 'Grupos culturales',
      examples: [
        'Grupos de teatro',
        'Asociaciones de arte',
        'Amigos de la danza',
        'Comisiones de las artes',
        'Grupos de conservación del patrimonio',
        'Consejos estatales de humanidades'
      ],
      brings: ['artistas e intérpretes', 'exposiciones y actividades', 'ayudas para las humanidades'],
      needs: ['público', 'espacio para exponer o actuar', 'promoción']
    },
    {
      id: 'educational',
      name: 'Organizaciones educativas',
      examples: [
        'Escuelas públicas',
        'Escuelas privadas',
        'Colegios universitarios y universidades',
        'Asociaciones de madres y padres (PTA o PTO)',
        'Consejos escolares',
        'Grupos de educación en casa',
        'Programas bilingües',
        'Organizaciones de tutorías'
      ],
      brings: [
        'maestros y tutores',
        'estudiantes que pueden hacer voluntariado',
        'vínculos con el plan de estudios',
        'experiencia compartida en tecnología'
      ],
      needs: [
        'ayuda con las tareas fuera del horario escolar',
        'recursos para investigar',
        'un lugar donde las familias aprendan juntas'
      ]
    },
    {
      id: 'ethnic',
      name: 'Organizaciones de comunidades étnicas e inmigrantes',
      examples: [
        'Cámaras de comercio étnicas',
        'NAACP',
        'Consejos tribales',
        'Grupos latinos e hispanos',
        'Grupos asiáticos',
        'Urban League',
        'Asociaciones por los derechos de las personas refugiadas',
        'Centros para personas refugiadas e inmigrantes'
      ],
      brings: [
        'contacto de confianza con sus comunidades',
        'intérpretes y materiales traducidos',
        'actividades culturales'
      ],
      needs: ['clases de inglés', 'información sobre ciudadanía y empleo', 'un espacio público acogedor']
    },
    {
      id: 'family-services',
      name: 'Organizaciones de servicios a las familias',
      examples: ['Agencias de servicios a las familias', 'Departamentos de servicios sociales'],
      brings: [
        'trabajadores sociales que conocen las necesidades de la zona',
        'derivaciones',
        'programas para madres y padres'
      ],
      needs: [
        'un lugar acogedor para reunirse con las familias',
        'información y acceso a internet para las personas que atienden'
      ]
    },
    {
      id: 'financial',
      name: 'Profesionales de las finanzas',
      examples: ['Bancos', 'Cooperativas de crédito', 'Asesores financieros', 'Agentes de bolsa'],
      brings: ['talleres para manejar el dinero', 'patrocinio', 'expertos voluntarios'],
      needs: ['un lugar neutral y de confianza para enseñar', 'público para la educación financiera']
    },
    {
      id: 'government',
      name: 'Gobierno y representantes electos',
      examples: [
        'Alcaldía',
        'Administración de la ciudad o del condado',
        'Concejo municipal',
        'Supervisores del condado',
        'Oficina de finanzas de la ciudad o del condado',
        'Oficina de planificación de la ciudad o del condado',
        'Policía',
        'Programas de formación para el empleo'
      ],
      brings: ['fondos y apoyo en las normas', 'datos públicos', 'programas de formación para el empleo'],
      needs: [
        'una forma de llegar a los vecinos',
        'lugares para reuniones públicas',
        'ayuda para explicar los servicios en línea'
      ]
    },
    {
      id: 'health',
      name: 'Organizaciones de salud',
      examples: [
        'Sociedad Americana contra el Cáncer',
        'Asociación Americana del Corazón',
        'Hospitales',
        'Enfermeras de salud pública',
        'Clínicas de salud pública',
        'Red Nacional de Bibliotecas de Medicina'
      ],
      brings: ['expertos en salud y pruebas médicas', 'información de salud fiable', 'programas de bienestar'],
      needs: ['lugares para llegar a quienes evitan las clínicas', 'ayuda para buscar información de salud en internet']
    },
    {
      id: 'legal',
      name: 'Organizaciones jurídicas',
      examples: ['Asistencia jurídica gratuita', 'ACLU', 'Colegios de abogados'],
      brings: ['consultas jurídicas gratuitas', 'información jurídica en palabras sencillas', 'abogados voluntarios'],
      needs: ['un lugar neutral y privado para atender a la gente', 'ayuda para investigar temas legales']
    },
    {
      id: 'libraries',
      name: 'Otras bibliotecas',
      examples: [
        'Personal de bibliotecas escolares',
        'Bibliotecarios de colegios universitarios o universidades',
        'Bibliotecarios especializados'
      ],
      brings: ['colecciones y conocimientos compartidos', 'costos de tecnología compartidos', 'formación conjunta'],
      needs: ['lo mismo: socios para compartir costos y conocimientos']
    },
    {
      id: 'media',
      name: 'Medios de comunicación',
      examples: [
        'Periódicos',
        'Radio',
        'Televisión',
        'Medios étnicos',
        'Revistas locales',
        'Boletines de la comunidad'
      ],
      brings: ['publicidad', 'noticias sobre el trabajo de la biblioteca', 'llegada a las comunidades'],
      needs: ['historias y expertos de la zona', 'archivos y ayuda para investigar']
    },
    {
      id: 'disabilities',
      name: 'Organizaciones de y para personas con discapacidad',
      examples: [
        'Centro para personas sordas',
        'Consejo de personas ciegas',
        'Salud y servicios humanos',
        'Easter Seals',
        'Goodwill',
        'Centros de vida independiente',
        'United Cerebral Palsy'
      ],
      brings: [
        'experiencia en accesibilidad',
        'consejos sobre tecnología de apoyo',
        'contacto con personas con discapacidad'
      ],
      needs: ['actividades y colecciones accesibles', 'computadoras con tecnología de apoyo']
    },
    {
      id: 'professional',
      name: 'Grupos profesionales',
      examples: [
        'Asociaciones médicas',
        'Asociación de agentes inmobiliarios',
        'Colegio de abogados',
        'Grupos de mujeres empresarias y profesionales'
      ],
      brings: ['oradores expertos', 'mentoría', 'patrocinio'],
      needs: ['actividades públicas para mostrar su trabajo', 'lugares para reunirse']
    },
    {
      id: 'religious',
      name: 'Grupos y organizaciones religiosas',
      examples: [
        'Iglesias',
        'Alianzas de ministros religiosos',
        'Grupos de jóvenes',
        'Centros comunitarios judíos',
        'Young Life',
        'Servicios católicos'
      ],
      brings: ['voluntarios', 'contacto de confianza con las familias', 'espacio para actividades'],
      needs: ['información para las personas a las que ayudan', 'actividades para sus miembros']
    },
    {
      id: 'seniors',
      name: 'Centros y servicios para personas mayores',
      examples: [
        'Agencia local para el envejecimiento (Area Agency on Aging)',
        'Centros para personas mayores',
        'RSVP (programa de voluntariado)'
      ],
      brings: ['voluntarios mayores', 'actividades y transporte para personas mayores'],
      needs: [
        'ayuda con la computadora y el teléfono para personas mayores',
        'materiales en letra grande y en audio',
        'visitas a domicilio'
      ]
    },
    {
      id: 'technology',
      name: 'Expertos en tecnología',
      examples: [
        'Clubes de informática',
        'Consultores',
        'Colegios comunitarios',
        'Proveedores de internet',
        'Universidades'
      ],
      brings: ['soporte técnico y consejos', 'equipos donados o a bajo costo', 'formadores y estudiantes'],
      needs: ['lugares para formar a la gente', 'proyectos reales para sus estudiantes', 'buena imagen en la comunidad']
    },
    {
      id: 'youth',
      name: 'Organizaciones de servicio a la juventud',
      examples: [
        'Big Brothers Big Sisters',
        'Scouts',
        'FFA',
        'FHA',
        'Agencias de prevención del maltrato infantil',
        'Programas de recreación de la ciudad o del condado',
        'Junior Achievement',
        'Head Start',
        'Even Start',
        'Asociaciones de cuidado infantil',
        'Asociación para la Educación de Niños Pequeños',
        'Programas de cuidado y enriquecimiento para edad escolar'
      ],
      brings: ['líderes juveniles', 'voluntarios jóvenes', 'actividades para familias'],
      needs: ['un lugar seguro después de clase', 'ayuda con la lectura y las tareas', 'actividades de verano']
    },
    {
      id: 'womens',
      name: 'Centros y servicios para mujeres',
      examples: [
        'Refugios para mujeres',
        'YWCA',
        'Organización Nacional de Mujeres (NOW)',
        'Junior League',
        'Soroptimist',
        'Hermandades femeninas universitarias'
      ],
      brings: ['voluntarias', 'actividades para mujeres y niñas', 'contacto con mujeres que necesitan ayuda'],
      needs: [
        'acceso seguro y privado a la información',
        'información sobre empleo y temas legales',
        'lugares para reunirse'
      ]
    }
  ]
};

export default CATEGORIES_ES;
